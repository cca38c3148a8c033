using System.Net;
using LaserGrains.Grains;
using LaserGrains.Grains.Hosting;
using LaserGrains.Grains.Webhooks;
using LaserGrains.Grains.Webhooks.Hosting;
using LaserGrains.Shared.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace LaserGrains.Silo.Hosting;

/// <summary>Composition of the silo: Orleans on PostgreSQL, the grains' services, health and dashboard.</summary>
public static class SiloHostingExtensions
{
    private const string Invariant = "Npgsql";

    public static WebApplicationBuilder AddLaserGrainsSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        var connectionString = builder.Configuration[$"{DatabaseOptions.Section}:ConnectionString"]!;
        builder.Services.AddOptions<ClusterSettings>().BindConfiguration(ClusterSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.UseUrls(builder.Configuration["Silo:HttpUrl"] ?? "http://127.0.0.1:5081");
        builder.Services.AddLaserGrainsServices();
        builder.Services.AddLaserGrainsWebhooks();
        var reminderPeriod = builder.Configuration.GetValue<TimeSpan?>($"{WebhookOptions.Section}:ReminderPeriod") ?? new WebhookOptions().ReminderPeriod;

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => { o.ClusterId = cluster.ClusterId; o.ServiceId = cluster.ServiceId; });
            silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o => { o.Invariant = Invariant; o.ConnectionString = connectionString; });
            foreach (var name in StorageNames.All)
            {
                silo.AddAdoNetGrainStorage(name, o => { o.Invariant = Invariant; o.ConnectionString = connectionString; });
            }

            silo.UseAdoNetReminderService(o => { o.Invariant = Invariant; o.ConnectionString = connectionString; });
            // Webhook retries use a reminder as backstop; a test may shorten its period below Orleans' 1-minute floor.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = reminderPeriod < o.MinimumReminderPeriod ? reminderPeriod : o.MinimumReminderPeriod);
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddDashboard(o => o.HideTrace = true);
            // Failure-detection timing is tunable (Cluster:Membership:ProbeTimeout, …) for tests and slow networks.
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Cluster:Membership"));
        });
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapSiloEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live");
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        return app;
    }
}
