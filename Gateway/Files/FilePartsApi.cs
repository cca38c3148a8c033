using LaserGrains.Grains.Interfaces.Files;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Files;

/// <summary>GET /files/{id}/parts: every part of a job sheet, paged, also when the record shows only the first ones.</summary>
public static class FilePartsApi
{
    public const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapFilePartsApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id:long}/parts", PartsAsync)
            .WithSummary($"The job sheet's parts in sheet order, page (from 1) of page_size (1 to {MaxPageSize}, default 100); total counts them all.")
            .ProducesProblem(400).ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Ok<PartsPageJson>, ProblemHttpResult>> PartsAsync(long id, IClusterClient client, int page = 1, int page_size = 100)
    {
        if (page < 1 || page_size is < 1 or > MaxPageSize)
        {
            return TypedResults.Problem(title: "Invalid paging", detail: $"page must be ≥ 1 and page_size between 1 and {MaxPageSize}.", statusCode: 400);
        }

        var offset = (long)(page - 1) * page_size;
        if (offset > int.MaxValue) return TypedResults.Problem(title: "Invalid paging", detail: "page is beyond any part list.", statusCode: 400);
        if (id <= 0 || await client.GetGrain<IFileGrain>(id).GetPartsAsync((int)offset, page_size) is not { } parts) return FilesApi.NotFound(id);
        return TypedResults.Ok(new PartsPageJson(id, page, page_size, parts.Total, parts.Items));
    }
}

/// <summary>The answer of GET /files/{id}/parts.</summary>
public sealed record PartsPageJson(long IngestId, int Page, int PageSize, int Total, IReadOnlyList<JobSheetPart> Items);
