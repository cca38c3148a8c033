using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Files;

/// <summary>GET /files/{id}/versions: the lineage of the file's part in its project, every version downloadable.</summary>
public static class FileVersionsApi
{
    public static RouteGroupBuilder MapFileVersionsApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id:long}/versions", VersionsAsync)
            .WithSummary("Every version of the file's part (same project, part and kind family), oldest first, with what changed.")
            .ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Ok<VersionList>, ProblemHttpResult>> VersionsAsync(long id, IClusterClient client)
    {
        var grain = client.GetGrain<IFileGrain>(id);
        if (id <= 0 || await grain.GetAsync() is not { } record) return FilesApi.NotFound(id);
        var versions = await grain.GetVersionsAsync();
        return TypedResults.Ok(new VersionList(
            id, record.Metadata.ProjectCode?.Value, record.LineageKey, record.DuplicateOf,
            [.. versions.Select(v => new VersionItem(
                v.Version, v.IngestId, v.Sha256, v.MaterialCode, v.ThicknessMm, v.Quantity, v.CreatedAt, v.Changes,
                v.State.ToString().ToLowerInvariant(), v.State == VersionEntryState.Removed ? null : $"/files/{v.IngestId}/download"))]));
    }
}

/// <summary>The answer of GET /files/{id}/versions.</summary>
public sealed record VersionList(long IngestId, string? ProjectCode, string? Lineage, long? DuplicateOf, IReadOnlyList<VersionItem> Versions);

/// <summary>One version in a lineage.</summary>
public sealed record VersionItem(
    int Version, long IngestId, string Sha256, string? MaterialCode, double? ThicknessMm, int? Quantity,
    DateTimeOffset CreatedAt, IReadOnlyList<string> Changes, string State, string? DownloadUrl);
