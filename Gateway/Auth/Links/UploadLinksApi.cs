using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Auth.Links;

/// <summary>Operators create, list and revoke customer upload links.</summary>
public static class UploadLinksApi
{
    /// <summary>Longest lifetime a link may be given.</summary>
    public const int MaxHours = 24 * 90;

    public static RouteGroupBuilder MapUploadLinksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/upload-links").WithTags("Upload links");
        group.MapPost("", CreateAsync).WithSummary("Creates an upload link for a project; the answer carries its token, shown only this once.").ProducesProblem(400);
        group.MapGet("", ListAsync).WithSummary("Every upload link, oldest first (no tokens).");
        group.MapDelete("/{id:long}", RevokeAsync).WithSummary("Revokes an upload link; it stops working within seconds.").ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Created<UploadLinkJson>, ProblemHttpResult>> CreateAsync(
        UploadLinkRequest body, HttpContext http, IUploadLinkStore links, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Problem(body) is { } problem) return TypedResults.Problem(title: "Invalid upload link", detail: problem, statusCode: 400);
        var draft = new UploadLinkDraft(
            body.ClientCode!.Trim(), body.ProjectCode!.Trim(), body.Description, time.GetUtcNow().AddHours(body.ExpiresInHours ?? 168), body.MaxFiles, body.MaxFileBytes);
        var (link, token) = await links.CreateAsync(draft, Actor.Of(http.User), cancellationToken);
        return TypedResults.Created($"/upload-links/{link.Id}", UploadLinkJson.From(link, token));
    }

    internal static async Task<Ok<UploadLinkJson[]>> ListAsync(IUploadLinkStore links, CancellationToken cancellationToken) =>
        TypedResults.Ok((await links.ListAsync(cancellationToken)).Select(l => UploadLinkJson.From(l, null)).ToArray());

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        long id, IUploadLinkStore links, TimeProvider time, CancellationToken cancellationToken) =>
        await links.RevokeAsync(id, time.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Not found", detail: $"No active upload link {id}.", statusCode: 404);

    private static string? Problem(UploadLinkRequest? body) => body switch
    {
        null => "Send a JSON body with client_code and project_code.",
        { ClientCode: not { Length: > 0 and <= 100 } } => "client_code is required (at most 100 characters).",
        { ProjectCode: not { Length: > 0 and <= 100 } } => "project_code is required (at most 100 characters).",
        { ExpiresInHours: < 1 or > MaxHours } => $"expires_in_hours must be between 1 and {MaxHours}.",
        { MaxFiles: < 1 } => "max_files must be at least 1.",
        { MaxFileBytes: < 1 } => "max_file_bytes must be at least 1.",
        _ => null,
    };
}

/// <summary>The body of POST /upload-links; expires_in_hours defaults to a week.</summary>
public sealed record UploadLinkRequest(
    string? ClientCode, string? ProjectCode, string? Description, int? ExpiresInHours, int? MaxFiles, long? MaxFileBytes);

/// <summary>An upload link as the API shows it; the token only in the answer that created it.</summary>
public sealed record UploadLinkJson(
    long Id, string Prefix, string ClientCode, string ProjectCode, string? Description, DateTimeOffset ExpiresAt,
    int? MaxFiles, long? MaxFileBytes, int FilesUsed, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Token)
{
    public static UploadLinkJson From(UploadLink l, string? token)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(l.Id, l.Prefix, l.ClientCode, l.ProjectCode, l.Description, l.ExpiresAt, l.MaxFiles, l.MaxFileBytes, l.FilesUsed, l.CreatedBy, l.CreatedAt, l.RevokedAt, token);
    }
}
