using System.Collections.Concurrent;
using LaserGrains.Shared.Auth;
using Npgsql;

namespace LaserGrains.Silo.Telemetry;

/// <summary>
/// Admin-only access to the silo's <c>/metrics</c>: the silo has no logins, so it takes the gateway's admin API keys
/// (<c>Authorization: Bearer lg_…</c>) and checks them against the same table, lg_api_keys (docs/SECURITY.md).
/// </summary>
/// <remarks>An answer is remembered 5 seconds, the gateway's bound too: a revoked key stops working within that time.</remarks>
public sealed class AdminKeyFilter(NpgsqlDataSource db, TimeProvider time) : IEndpointFilter
{
    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, (string? Role, DateTimeOffset Until)> _seen = new(StringComparer.Ordinal);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        string? role;
        try
        {
            role = SecretToken.FromHeader(http.Request, SecretToken.KeyMark) is { } key ? await RoleOfAsync(key, http.RequestAborted) : null;
        }
        catch (NpgsqlException)
        {
            // Whether the key is an admin's cannot be told while PostgreSQL is away: say so, as the gateway does.
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable",
                detail: "The API key cannot be checked while PostgreSQL cannot be reached; try again shortly.");
        }

        if (role is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "An admin API key is needed",
                detail: "Send Authorization: Bearer with an admin API key of this cluster.");
        }

        return role == "admin" ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Admins only", detail: "This key's role may not read the silo's metrics.");
    }

    private async Task<string?> RoleOfAsync(string key, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(key);
        var id = Convert.ToHexString(hash);
        var now = time.GetUtcNow();
        if (_seen.TryGetValue(id, out var seen) && seen.Until > now) return seen.Role;
        await using var cmd = db.CreateCommand("SELECT role FROM lg_api_keys WHERE key_hash = $1 AND revoked_at IS NULL");
        cmd.Parameters.Add(new NpgsqlParameter { Value = hash });
        var role = await cmd.ExecuteScalarAsync(cancellationToken) as string;
        if (_seen.Count > 10_000) _seen.Clear(); // guessed keys must not grow the memory without bound
        _seen[id] = (role, now + Remember);
        return role;
    }
}
