using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Gateway.Queries;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Files;

/// <summary>Reading files: one file from its grain, filtered lists and counts from the catalog.</summary>
public static class FilesApi
{
    public static RouteGroupBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/files").WithTags("Files");
        group.MapGet("/{id:long}", GetAsync).WithSummary("One file's record, as its grain holds it.").ProducesProblem(404);
        group.MapGet("", ListAsync)
            .WithSummary("Files from the catalog: filters client, project (exact), part (prefix), material, thickness_min/max, kind, status, from/to, q (full text, words as prefixes), needs_review (failed, defects or confidence below confidence_below, default 0.6); sort; cursor paging.")
            .WithQueryParameters(FileSearchReader.Parameters)
            .ProducesProblem(400);
        app.MapGet("/stats", StatsAsync).WithTags("Files").WithSummary("File counts by status, kind, material and client.");
        group.MapFileVersionsApi();
        group.MapFileCommandsApi();
        group.MapFileDownloadApi();
        group.MapFilePreviewApi();
        group.MapFilePartsApi();
        return group;
    }

    internal static async Task<Results<Ok<FileRecordJson>, ProblemHttpResult>> GetAsync(long id, IClusterClient client)
    {
        var record = id > 0 ? await client.GetGrain<IFileGrain>(id).GetAsync() : null;
        return record is null ? NotFound(id) : TypedResults.Ok(FileJson.ToJson(record));
    }

    internal static async Task<Results<Ok<FilePage>, ProblemHttpResult>> ListAsync(
        HttpRequest request, IFileCatalogQueries catalog, CancellationToken cancellationToken)
    {
        FileSearch search;
        try
        {
            search = FileSearchReader.Read(request.Query);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem(title: "Invalid search", detail: ex.Message, statusCode: 400);
        }

        return TypedResults.Ok(await catalog.SearchAsync(search, cancellationToken));
    }

    internal static async Task<Ok<CatalogStats>> StatsAsync(IFileCatalogQueries catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.StatsAsync(cancellationToken));

    internal static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(title: "Unknown file", detail: $"No file has ingest id {id}.", statusCode: 404);
}
