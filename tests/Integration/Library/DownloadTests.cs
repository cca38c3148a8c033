using System.Net;
using System.Net.Http.Headers;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>GET /files/{id}/download: stored name, SHA-256 ETag, conditional and range requests.</summary>
[Collection(LibraryCollection.Name)]
public sealed class DownloadTests(LibraryFixture fixture)
{
    [Fact]
    public async Task Download_ServesBytesUnderStoredName_WithEtag304AndRanges()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        var bytes = SampleFiles.RectangleDxf("dl-" + project);
        var file = await c.UploadOkAsync("Base.dxf", bytes, LibraryHttp.Hints(project));
        var url = c.Url($"/files/{file.Id()}/download");

        using var full = await c.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(bytes, await full.Content.ReadAsByteArrayAsync());
        Assert.Equal(file.Str("stored_filename"), full.Content.Headers.ContentDisposition?.FileNameStar ?? full.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal($"\"{file.Str("sha256")}\"", full.Headers.ETag?.Tag);
        Assert.Equal("bytes", Assert.Single(full.Headers.AcceptRanges));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{file.Str("sha256")}\""));
        using var notModified = await c.Http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, url);
        ranged.Headers.Range = new RangeHeaderValue(10, 19);
        using var partial = await c.Http.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[10..20], await partial.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_UnknownFile_Returns404Problem()
    {
        var (status, body) = await fixture.Cluster.SendJsonAsync(HttpMethod.Get, "/files/987654321/download");

        Assert.Equal(404, status);
        Assert.Contains("987654321", body.Str("detail"), StringComparison.Ordinal);
    }
}
