using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LaserGrains.Shared.Telemetry;

/// <summary><c>GET /metrics</c>: the Prometheus text exposition of every metric this process collects; callers add who may ask.</summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static RouteHandlerBuilder MapMetricsEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // The exporter's own middleware writes the answer; hosted behind a route handler so access rules and OpenAPI apply.
        var scrape = endpoints.CreateApplicationBuilder().UseOpenTelemetryPrometheusScrapingEndpoint(Path).Build();
        return endpoints.MapGet(Path, (HttpContext http, CancellationToken _) => scrape(http))
            .WithTags("Telemetry")
            .WithSummary("Prometheus metrics of this process: HTTP, HttpClient, runtime, Npgsql, Orleans and LaserGrains' own (docs/TELEMETRY.md).")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
