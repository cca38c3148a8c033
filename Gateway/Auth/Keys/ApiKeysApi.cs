using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Auth.Keys;

/// <summary>Admins create, list and revoke API keys.</summary>
public static class ApiKeysApi
{
    public static RouteGroupBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api-keys").WithTags("Access");
        group.MapPost("", CreateAsync).WithSummary("Creates an API key with a role; the answer carries the key, shown only this once.").ProducesProblem(400);
        group.MapGet("", ListAsync).WithSummary("Every API key: name, prefix, role, created, last used, revoked (never the key).");
        group.MapDelete("/{id:long}", RevokeAsync).WithSummary("Revokes a key; every gateway refuses it within 5 seconds.").ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Created<ApiKeyJson>, ProblemHttpResult>> CreateAsync(
        ApiKeyRequest body, HttpContext http, IApiKeyStore keys, CancellationToken cancellationToken)
    {
        if (body?.Name is not { Length: > 0 and <= 100 } name)
        {
            return TypedResults.Problem(title: "Invalid API key", detail: "name is required (at most 100 characters).", statusCode: 400);
        }

        if (!RoleNames.TryParse(body.Role, out var role))
        {
            return TypedResults.Problem(title: "Invalid API key", detail: "role must be viewer, operator or admin.", statusCode: 400);
        }

        var (key, secret) = await keys.CreateAsync(name.Trim(), role, Actor.Of(http.User), cancellationToken);
        return TypedResults.Created($"/api-keys/{key.Id}", ApiKeyJson.From(key, secret));
    }

    internal static async Task<Ok<ApiKeyJson[]>> ListAsync(IApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(k => ApiKeyJson.From(k, null)).ToArray());

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        long id, IApiKeyStore keys, TimeProvider time, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, time.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Not found", detail: $"No active API key {id}.", statusCode: 404);
}

/// <summary>The body of POST /api-keys.</summary>
public sealed record ApiKeyRequest(string? Name, string? Role);

/// <summary>An API key as the API shows it; the key itself only in the answer that created it.</summary>
public sealed record ApiKeyJson(
    long Id, string Name, string Prefix, string Role, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? Key)
{
    public static ApiKeyJson From(ApiKey k, string? secret)
    {
        ArgumentNullException.ThrowIfNull(k);
        return new(k.Id, k.Name, k.Prefix, RoleNames.Name(k.Role), k.CreatedBy, k.CreatedAt, k.LastUsedAt, k.RevokedAt, secret);
    }
}
