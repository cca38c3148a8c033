using System.Globalization;
using System.Security.Claims;
using LaserGrains.Gateway.Auth.Access;
using LaserGrains.Gateway.Ingest;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Auth.Links;

/// <summary>What an upload link's holder may do: upload into the link's project and follow those files.</summary>
public static class LinkHolderApi
{
    public static RouteGroupBuilder MapLinkHolderApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/link").WithTags("Upload links");
        group.MapPost("/ingest", IngestAsync)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload files through an upload link (Authorization: Bearer lgu_…) into the link's project.")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415);
        group.MapGet("/files", FilesAsync).WithSummary("The status of every file uploaded through this link.");
        return group;
    }

    internal static async Task<IResult> IngestAsync(
        HttpRequest request, IngestService ingest, IUploadLinkStore links, TimeProvider time, CancellationToken cancellationToken, bool wait = true)
    {
        if (await LinkOfAsync(request.HttpContext.User, links, cancellationToken) is not { } link) return Gone();
        var scope = new LinkUploadScope(link, links, time);
        var answer = await IngestApi.AnswerAsync(request, ingest, scope, wait, cancellationToken);
        return answer.Result;
    }

    internal static async Task<Results<Ok<LinkFileJson[]>, ProblemHttpResult>> FilesAsync(
        ClaimsPrincipal user, IUploadLinkStore links, IClusterClient client, CancellationToken cancellationToken)
    {
        if (await LinkOfAsync(user, links, cancellationToken) is not { } link) return Gone();
        var ids = await links.FilesAsync(link.Id, cancellationToken);
        var records = await Task.WhenAll(ids.Select(id => client.GetGrain<IFileGrain>(id).GetAsync()));
        return TypedResults.Ok(records.OfType<FileRecord>().Select(LinkFileJson.From).ToArray());
    }

    private static async Task<UploadLink?> LinkOfAsync(ClaimsPrincipal user, IUploadLinkStore links, CancellationToken cancellationToken) =>
        long.TryParse(user.FindFirst(Policies.LinkClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await links.FindAsync(id, cancellationToken)
            : null;

    private static ProblemHttpResult Gone() =>
        TypedResults.Problem(title: "Upload link unknown", detail: "The upload link no longer exists.", statusCode: 403);
}
