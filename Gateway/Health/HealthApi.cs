using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Health;

/// <summary>Liveness (the process answers) and readiness (database and an active silo).</summary>
public static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", () => TypedResults.Ok(new { status = "live" })).WithSummary("The gateway process answers.");
        group.MapGet("/ready", ReadyAsync).WithSummary("PostgreSQL is reachable and the cluster has an active silo.");
        return group;
    }

    internal static async Task<Results<Ok<ReadinessReport>, JsonHttpResult<ReadinessReport>>> ReadyAsync(
        ClusterHealth health, CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return report.Ready ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
