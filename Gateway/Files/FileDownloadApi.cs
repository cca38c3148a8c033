using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace LaserGrains.Gateway.Files;

/// <summary>GET /files/{id}/download: the bytes under their stored name, with an ETag from the SHA-256 and range support.</summary>
public static class FileDownloadApi
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static RouteGroupBuilder MapFileDownloadApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id:long}/download", DownloadAsync)
            .WithSummary("The file's bytes named by its stored name; ETag = SHA-256, If-None-Match → 304, Range → 206.")
            .ProducesProblem(404).ProducesProblem(410);
        return group;
    }

    /// <summary>The stored bytes as an attachment named <paramref name="name"/>, or 410 when the store has lost them.</summary>
    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ServeAsync(
        IBlobStore blobs, string sha256, string name, DateTimeOffset lastModified, long id, CancellationToken cancellationToken)
    {
        Stream content;
        try
        {
            content = await blobs.OpenReadAsync(sha256, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return TypedResults.Problem(title: "Bytes gone", detail: $"The stored bytes of file {id} are missing from the blob store.", statusCode: 410);
        }

        var type = ContentTypes.TryGetContentType(name, out var t) ? t : "application/octet-stream";
        // Content-addressed bytes never change under a hash, so the hash is a strong validator.
        return TypedResults.File(content, type, name, lastModified, new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(long id, IClusterClient client, IBlobStore blobs)
    {
        if (id <= 0 || await client.GetGrain<IFileGrain>(id).GetAsync() is not { } record) return FilesApi.NotFound(id);
        if (record.Status == FileStatus.Deleted)
        {
            return TypedResults.Problem(title: "File deleted", detail: $"File {id} is deleted; restore it (POST /files/{id}/restore) to download it.", statusCode: 404);
        }

        return await ServeAsync(blobs, record.Sha256, record.StoredFilename ?? record.OriginalFilename, record.UpdatedAt, id, CancellationToken.None);
    }
}
