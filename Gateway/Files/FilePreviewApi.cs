using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Preview;

namespace LaserGrains.Gateway.Files;

/// <summary>GET /files/{id}/preview.svg: the drawing rendered on a silo, cached by ETag, locked down by CSP.</summary>
public static class FilePreviewApi
{
    /// <summary>An SVG is a document that could run script: this policy allows only its own inline styles.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static RouteGroupBuilder MapFilePreviewApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id:long}/preview.svg", PreviewAsync)
            .WithSummary("The file's geometry as SVG (mm, Y up, a class per contour role, numbered defect markers); ETag from hash and renderer version, If-None-Match → 304.")
            .Produces<string>(200, "image/svg+xml").Produces(304).ProducesProblem(404);
        return group;
    }

    internal static async Task<IResult> PreviewAsync(long id, HttpContext context, IClusterClient client)
    {
        if (id <= 0 || await client.GetGrain<IFileGrain>(id).GetAsync() is not { } record) return FilesApi.NotFound(id);
        if (!PreviewFormat.HasPreview(record.Kind) || record.Status is FileStatus.Received or FileStatus.Processing)
        {
            return TypedResults.Problem(
                title: "No preview", statusCode: 404,
                detail: record.Status is FileStatus.Received or FileStatus.Processing
                    ? $"File {id} is still being processed."
                    : $"Files of kind {record.Kind} have no drawable geometry.");
        }

        var etag = PreviewFormat.ETag(record);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "no-cache";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (context.Request.Headers.IfNoneMatch.Contains(etag)) return TypedResults.StatusCode(304);
        var image = await client.GetGrain<IPreviewGrain>(0).RenderAsync(id);
        if (image is null) return FilesApi.NotFound(id);
        if (image.Simplified) headers["X-Preview-Simplified"] = "true";
        return TypedResults.Text(image.Svg, "image/svg+xml; charset=utf-8");
    }
}
