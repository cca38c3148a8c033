using System.Net;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>GET /library and /library/download with the file-system store: the folders from the catalog, the bytes from the store, the same as on disk.</summary>
[Collection(LibraryCollection.Name)]
public sealed class LibraryListingTests(LibraryFixture fixture)
{
    [Fact]
    public async Task Library_ListsFoldersAndFiles_AndServesTheBytesFiledOnDisk()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject("CL0077");
        var bytes = SampleFiles.RectangleDxf("listing-" + project);
        var file = await c.UploadOkAsync("Bracket.dxf", bytes, LibraryHttp.Hints(project, client: "CL0077"));
        var path = file.Str("file_path");
        var folder = path[..path.LastIndexOf('/')];

        var top = await c.GetJsonAsync("/library").OkAsync();
        Assert.Contains(top.GetProperty("folders").EnumerateArray(), f => f.Str("path") == "CL0077");
        var listing = await c.GetJsonAsync($"/library?path={Uri.EscapeDataString(folder)}").OkAsync();
        var entry = Assert.Single(listing.GetProperty("files").EnumerateArray());
        Assert.Equal(path, entry.Str("path"));
        Assert.Equal(file.Id(), entry.GetProperty("ingest_id").GetInt64());
        Assert.Equal(file.Str("stored_filename"), entry.Str("name"));

        using var download = await c.Http.GetAsync(c.Url($"/library/download?path={Uri.EscapeDataString(path)}"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(await File.ReadAllBytesAsync(c.LibraryPath(path)), bytes); // and still written as folders
    }

    [Theory]
    [InlineData("/library?path=CL0001/../etc", 400)]
    [InlineData("/library?path=NOPE-CLIENT", 404)]
    [InlineData("/library/download?path=NOPE-CLIENT/JB/x.dxf", 404)]
    [InlineData("/library/download", 400)]
    [InlineData("/library?folder=CL0001", 400)]
    public async Task Library_BadOrUnknownPath_IsAProblem(string url, int expected)
    {
        var (status, body) = await fixture.Cluster.GetJsonAsync(url);

        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrEmpty(body.Str("title")));
    }
}
