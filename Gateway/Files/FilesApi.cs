using System.Text.Json;
using LaserGrains.Grains.Files.Json;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Files;

/// <summary>Reading files: one file from its grain, lists from the catalog.</summary>
public static class FilesApi
{
    private const int MaxPageSize = 200;

    public static RouteGroupBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/files").WithTags("Files");
        group.MapGet("/{id:long}", GetAsync).WithSummary("One file's record, as its grain holds it.").ProducesProblem(404);
        group.MapGet("", ListAsync).WithSummary("Files from the catalog, newest first, paged.").ProducesProblem(400);
        return group;
    }

    internal static async Task<Results<Ok<FileRecordJson>, ProblemHttpResult>> GetAsync(long id, IClusterClient client)
    {
        var record = id > 0 ? await client.GetGrain<IFileGrain>(id).GetAsync() : null;
        return record is null
            ? TypedResults.Problem(title: "Unknown file", detail: $"No file has ingest id {id}.", statusCode: 404)
            : TypedResults.Ok(FileJson.ToJson(record));
    }

    internal static async Task<Results<Ok<FilePage>, ProblemHttpResult>> ListAsync(
        FileCatalogQueries catalog, CancellationToken cancellationToken, int page = 1, int page_size = 50)
    {
        if (page < 1 || page_size < 1 || page_size > MaxPageSize)
        {
            return TypedResults.Problem(title: "Invalid paging", detail: $"page must be ≥ 1 and page_size between 1 and {MaxPageSize}.", statusCode: 400);
        }

        return TypedResults.Ok(await catalog.ListAsync(page, page_size, cancellationToken));
    }
}

/// <summary>One page of the catalog.</summary>
public sealed record FilePage(int Page, int PageSize, long Total, IReadOnlyList<JsonElement> Items);
