using LaserGrains.Gateway.Files;
using LaserGrains.Shared.Library;
using LaserGrains.Shared.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Library;

/// <summary>
/// The organised library (&lt;client&gt;/&lt;project&gt;/&lt;stored name&gt;) served by every gateway alike: folders from the catalog,
/// bytes from the blob store, whichever store is configured.
/// </summary>
public static class LibraryApi
{
    public const int MaxEntries = 1000;

    public static RouteGroupBuilder MapLibraryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/library").WithTags("Library");
        group.MapGet("", ListAsync)
            .WithSummary($"A library folder (path: client/project, empty for the top): its folders and the files filed in it, at most {MaxEntries} of each (truncated says more exist).")
            .ProducesProblem(400).ProducesProblem(404);
        group.MapGet("/download", DownloadAsync)
            .WithSummary("The bytes of the file filed at path (client/project/stored name); ETag = SHA-256, If-None-Match → 304, Range → 206.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(410);
        return group;
    }

    internal static async Task<Results<Ok<LibraryFolder>, ProblemHttpResult>> ListAsync(ILibraryIndex index, CancellationToken cancellationToken, string? path = null)
    {
        if (LibraryPath.Normalize(path) is not { } folder) return BadPath();
        var listing = await index.ListAsync(folder, MaxEntries, cancellationToken);
        if (folder.Length > 0 && listing.Folders.Count == 0 && listing.Files.Count == 0)
        {
            return TypedResults.Problem(title: "Unknown folder", detail: $"No file is filed under '{folder}'.", statusCode: 404);
        }

        return TypedResults.Ok(listing);
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        ILibraryIndex index, IBlobStore blobs, CancellationToken cancellationToken, string? path = null)
    {
        if (LibraryPath.Normalize(path) is not { Length: > 0 } file) return BadPath();
        if (await index.FindAsync(file, cancellationToken) is not { } entry)
        {
            return TypedResults.Problem(title: "Unknown library file", detail: $"No file is filed at '{file}'.", statusCode: 404);
        }

        return await FileDownloadApi.ServeAsync(blobs, entry.Sha256, entry.Name, entry.UpdatedAt, entry.IngestId, cancellationToken);
    }

    private static ProblemHttpResult BadPath() => TypedResults.Problem(
        title: "Invalid library path", detail: "path is folder names joined by '/' (e.g. CL0001/JB-2025-10-CL0001-001), without '.', '..', '\\' or control characters.", statusCode: 400);
}
