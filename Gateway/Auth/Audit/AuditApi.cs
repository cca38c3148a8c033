using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Auth.Audit;

/// <summary>Admins read the audit log.</summary>
public static class AuditApi
{
    public static RouteHandlerBuilder MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/audit", ReadAsync).WithTags("Access")
            .WithSummary("Audit log, newest first: who, when, what, from where; before=<id> pages back, limit ≤ 500.")
            .ProducesProblem(400);

    internal static async Task<Results<Ok<AuditEntry[]>, ProblemHttpResult>> ReadAsync(
        IAuditLog log, CancellationToken cancellationToken, long? before = null, int limit = 100)
    {
        if (limit is < 1 or > 500) return TypedResults.Problem(title: "Invalid limit", detail: "limit must be between 1 and 500.", statusCode: 400);
        return TypedResults.Ok((await log.ReadAsync(before, limit, cancellationToken)).ToArray());
    }
}
