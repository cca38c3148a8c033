using System.Text.Json.Serialization;
using System.Text.Json;
using LaserGrains.Gateway.Auth;
using LaserGrains.Gateway.Auth.Access;
using LaserGrains.Gateway.Errors;
using LaserGrains.Gateway.Files;
using LaserGrains.Gateway.Hardening;
using LaserGrains.Gateway.Health;
using LaserGrains.Gateway.Ingest;
using LaserGrains.Gateway.Library;
using LaserGrains.Gateway.Queries;
using LaserGrains.Gateway.LaserOs;
using LaserGrains.Gateway.Webhooks;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Hosting;
using LaserGrains.Shared.Library;
using LaserGrains.Shared.Storage;
using LaserGrains.Shared.Telemetry;
using LaserGrains.Shared.Webhooks.Targets;
using Npgsql;
using Orleans.Configuration;

namespace LaserGrains.Gateway.Hosting;

/// <summary>Composition of the gateway: an Orleans client on the PostgreSQL membership, the blob store, the APIs.</summary>
public static class GatewayHostingExtensions
{
    public static WebApplicationBuilder AddLaserGrainsGateway(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var cluster = config.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        var connectionString = ConnectionTuning.Apply(config[$"{DatabaseOptions.Section}:ConnectionString"]!);
        builder.WebHost.UseUrls(config[$"{GatewayOptions.Section}:Url"] ?? new GatewayOptions().Url);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = config.GetValue<long?>($"{GatewayOptions.Section}:MaxRequestBytes") ?? new GatewayOptions().MaxRequestBytes;
            // Nothing here needs more: refuse oversized header blocks early (431) instead of buffering them.
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestHeaderCount = 64;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });

        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddLaserGrainsBlobStore();
        builder.Services.AddSingleton<IngestIdAllocator>();
        builder.Services.AddOptions<ArchiveLimits>().BindConfiguration(ArchiveLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ZipExpander>();
        builder.Services.AddSingleton<MultipartUploadReader>();
        builder.Services.AddSingleton<SettleWaiter>();
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IFileCatalogQueries, FileCatalogQueries>();
        builder.Services.AddSingleton<ILibraryIndex, PostgresLibraryIndex>();
        builder.Services.AddWebhookTargets();
        builder.Services.AddSingleton<ClusterHealth>();
        builder.Services.AddLaserOs();
        builder.Services.AddLaserGrainsAuth();
        builder.Services.AddLaserGrainsRateLimits();
        builder.Services.AddExceptionHandler<UnavailableExceptionHandler>();
        // Grain calls that failed on a PostgreSQL outage bring the Npgsql exception along, so the handler can say 503.
        builder.Services.Configure<Orleans.Serialization.ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemText.Complete);
        builder.Services.AddOpenApi();
        builder.AddLaserGrainsTelemetry("lasergrains-gateway");
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => { o.ClusterId = cluster.ClusterId; o.ServiceId = cluster.ServiceId; });
            client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = connectionString; });
            client.AddActivityPropagation(); // grain calls continue the request's trace (docs/TELEMETRY.md)
            // Silos come and go (restarts, crashes): learn about new ones quickly instead of once a minute.
            client.Configure<Orleans.Configuration.GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            client.UseConnectionRetryFilter(async (_, ct) => { await Task.Delay(TimeSpan.FromSeconds(2), ct); return true; });
        });
        return builder;
    }

    public static WebApplication MapLaserGrainsGateway(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseLaserGrainsAuth(); // includes the rate limiter (Hardening/RateLimits)
        app.UseMiddleware<QueryParameterCheck>();
        // Every endpoint below gets its access from one table (AccessRules); none is mapped outside it.
        var api = app.MapGroup("").RequireAccessRules();
        api.MapOpenApi();
        api.MapIngestApi();
        api.MapFilesApi();
        api.MapLibraryApi();
        api.MapHealthApi();
        api.MapMetricsEndpoint();
        api.MapLaserOs();
        api.MapSubscriptionsApi();
        api.MapDeliveriesApi();
        api.MapLaserGrainsAuth();
        return app;
    }
}
