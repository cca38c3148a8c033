using System.Net;
using LaserGrains.Grains.Hosting;
using LaserGrains.Shared.Hosting;
using LaserGrains.Shared.Telemetry;
using LaserGrains.Silo.Telemetry;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace LaserGrains.Silo.Hosting;

/// <summary>The silo process: clustering on PostgreSQL, endpoints, health and dashboard around the shared grain composition.</summary>
public static class SiloHostingExtensions
{
    private const string Invariant = "Npgsql";

    public static WebApplicationBuilder AddLaserGrainsSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        var connectionString = ConnectionTuning.Apply(builder.Configuration[$"{DatabaseOptions.Section}:ConnectionString"]!);
        builder.Services.AddOptions<ClusterSettings>().BindConfiguration(ClusterSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.UseUrls(builder.Configuration["Silo:HttpUrl"] ?? "http://127.0.0.1:5081");
        builder.UseOrleans(silo =>
        {
            // In a Kubernetes pod the pod's IP is advertised instead of LG_SILO_ADDRESS (KubernetesHosting).
            silo.ConfigureSiloEndpoints(cluster, Environment.GetEnvironmentVariables());
            // After Kubernetes hosting, so the LG_* cluster identity wins over the ORLEANS_* variables that package reads.
            silo.Configure<ClusterOptions>(o => { o.ClusterId = cluster.ClusterId; o.ServiceId = cluster.ServiceId; });
            silo.UseAdoNetClustering(o => { o.Invariant = Invariant; o.ConnectionString = connectionString; });
            silo.AddLaserGrains();
            silo.AddActivityPropagation(); // grain calls continue the caller's trace (docs/TELEMETRY.md)
            silo.AddDashboard(o => o.HideTrace = true);
            // Failure-detection timing is tunable (Cluster:Membership:ProbeTimeout, …) for tests and slow networks.
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Cluster:Membership"));
        });
        builder.Services.AddHealthChecks().AddCheck<BlobStoreHealthCheck>("blob-store", tags: [BlobStoreHealthCheck.Tag]);
        builder.AddLaserGrainsTelemetry("lasergrains-silo");
        builder.Services.AddSingleton<AdminKeyFilter>();
        // A grain call that fails because PostgreSQL is down carries the Npgsql exception back to the gateway (→ 503).
        builder.Services.Configure<Orleans.Serialization.ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        return builder;
    }

    public static WebApplication MapSiloEndpoints(this WebApplication app)
    {
        // Live: the process answers. Ready: it can also reach the blob store its files need.
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => !c.Tags.Contains(BlobStoreHealthCheck.Tag) });
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains(BlobStoreHealthCheck.Tag) });
        app.MapMetricsEndpoint().AddEndpointFilter<AdminKeyFilter>();
        // The dashboard has no login of its own: it is served only on a loopback endpoint, reached by admins
        // on the silo's machine (or through an SSH tunnel), never by the network (docs/SECURITY.md).
        if (OnLoopback(app.Configuration["Silo:HttpUrl"] ?? "http://127.0.0.1:5081")) app.MapOrleansDashboard(routePrefix: "/dashboard");
        return app;
    }

    /// <summary>Whether an http(s) URL names a loopback address (or localhost).</summary>
    public static bool OnLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
