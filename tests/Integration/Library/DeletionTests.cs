using System.Text.Json;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>Soft delete hides and restores; hard delete frees bytes only when no other file references them.</summary>
[Collection(LibraryCollection.Name)]
public sealed class DeletionTests(LibraryFixture fixture)
{
    [Fact]
    public async Task SoftDelete_HidesFromListing_RestoreBringsItBack()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        var file = await c.UploadOkAsync("Cover.dxf", SampleFiles.RectangleDxf("soft-" + project), LibraryHttp.Hints(project));
        var path = file.Str("file_path");

        var deleted = await c.SendJsonAsync(HttpMethod.Delete, $"/files/{file.Id()}").OkAsync();
        Assert.Equal("deleted", deleted.Str("status"));
        Assert.False(File.Exists(c.LibraryPath(path)));
        Assert.Equal(0, (await Listing(c, $"project={project}")).GetProperty("total").GetInt64());
        Assert.Equal(1, (await Listing(c, $"project={project}&status=deleted")).GetProperty("total").GetInt64());
        var (download, _) = await c.SendJsonAsync(HttpMethod.Get, $"/files/{file.Id()}/download");
        Assert.Equal(404, download);
        await c.EventAsync(file.Id(), "\"event_type\":\"file.deleted\"", "\"hard_delete\":false");

        var restored = await c.SendJsonAsync(HttpMethod.Post, $"/files/{file.Id()}/restore").OkAsync();
        Assert.Equal("completed", restored.Str("status"));
        Assert.Equal(path, restored.Str("file_path"));
        Assert.Equal(1, restored.GetProperty("version").GetInt32());
        Assert.True(File.Exists(c.LibraryPath(path)));
        Assert.Equal(file.Id(), (await Listing(c, $"project={project}")).GetProperty("items")[0].Id());
    }

    [Fact]
    public async Task HardDelete_KeepsBytesAnotherFileUses_ThenFreesThemWithTheLast()
    {
        var c = fixture.Cluster;
        var bytes = SampleFiles.RectangleDxf("hard-" + Guid.NewGuid());
        var a = await c.UploadOkAsync("Shim.dxf", bytes, LibraryHttp.Hints(fixture.NewProject()));
        var b = await c.UploadOkAsync("Shim.dxf", bytes, LibraryHttp.Hints(fixture.NewProject()));
        var blob = c.BlobPath(a.Str("sha256"));
        Assert.False(b.TryGetProperty("duplicate_of", out _)); // another project: a version of its own, sharing the bytes

        await c.SendJsonAsync(HttpMethod.Delete, $"/files/{a.Id()}?hard_delete=true").OkAsync();

        Assert.Equal(404, (await c.GetJsonAsync($"/files/{a.Id()}")).Status);
        Assert.True(File.Exists(blob));
        Assert.Equal(bytes, await c.DownloadAsync(b.Id()));
        Assert.False(File.Exists(c.LibraryPath(a.Str("file_path"))));
        await c.EventAsync(a.Id(), "\"event_type\":\"file.deleted\"", "\"hard_delete\":true");

        await c.SendJsonAsync(HttpMethod.Delete, $"/files/{b.Id()}?hard_delete=true").OkAsync();

        Assert.False(File.Exists(blob));
        Assert.Equal(0, await c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_files WHERE sha256 = '{a.Str("sha256")}'"));
        Assert.Equal(404, (await c.SendJsonAsync(HttpMethod.Delete, $"/files/{b.Id()}")).Status);
    }

    [Fact]
    public async Task HardDelete_OfSoftDeletedVersion_KeepsLineageNumbering()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        var v1 = await c.UploadOkAsync("Lug.dxf", SampleFiles.RectangleDxf("l1-" + project), LibraryHttp.Hints(project));
        await c.SendJsonAsync(HttpMethod.Delete, $"/files/{v1.Id()}").OkAsync();
        await c.SendJsonAsync(HttpMethod.Delete, $"/files/{v1.Id()}?hard_delete=true").OkAsync();

        var v2 = await c.UploadOkAsync("Lug.dxf", SampleFiles.RectangleDxf("l2-" + project), LibraryHttp.Hints(project));

        Assert.Equal(2, v2.GetProperty("version").GetInt32()); // numbers are never reused
        var versions = (await c.SendJsonAsync(HttpMethod.Get, $"/files/{v2.Id()}/versions").OkAsync()).GetProperty("versions");
        Assert.Equal("removed", versions[0].Str("state"));
    }

    private static Task<JsonElement> Listing(Infrastructure.LocalCluster c, string query) =>
        c.SendJsonAsync(HttpMethod.Get, "/files?" + query).OkAsync();
}
