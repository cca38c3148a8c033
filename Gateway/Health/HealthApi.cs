namespace LaserGrains.Gateway.Health;

/// <summary>Liveness (the process answers) and readiness (database, blob store and an active silo).</summary>
public static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", () => TypedResults.Ok(new { status = "live" })).WithSummary("The gateway process answers.");
        group.MapGet("/ready", ReadyAsync).WithSummary("PostgreSQL is reachable, the blob store usable and the cluster has an active silo (details only with credentials).")
            .Produces<ReadinessReport>().Produces<ReadinessReport>(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    internal static async Task<IResult> ReadyAsync(ClusterHealth health, HttpContext http, CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        var status = report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        // Anyone may ask whether the gateway is ready; only staff see why not (database, silo count, problem).
        return http.User.Identity?.IsAuthenticated == true
            ? TypedResults.Json(report, statusCode: status)
            : TypedResults.Json(new ReadinessStatus(report.Ready), statusCode: status);
    }
}

/// <summary>What /health/ready tells a caller without credentials.</summary>
public sealed record ReadinessStatus(bool Ready);
