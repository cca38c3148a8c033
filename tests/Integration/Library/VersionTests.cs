using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>Versions per (project, part, kind family), allocated by the project grain, and duplicates of the same bytes.</summary>
[Collection(LibraryCollection.Name)]
public sealed class VersionTests(LibraryFixture fixture)
{
    [Fact]
    public async Task SamePartAgain_WithOtherMaterial_BecomesV2_AndV1StaysDownloadable()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        var v1Bytes = SampleFiles.RectangleDxf("v1-" + project);
        var v1 = await c.UploadOkAsync("Bracket.dxf", v1Bytes, LibraryHttp.Hints(project));
        var v2 = await c.UploadOkAsync("Bracket.dxf", SampleFiles.RectangleDxf("v2-" + project), LibraryHttp.Hints(project, material: "SS", thickness: "6"));

        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal($"CL0001-{project}-Bracket-SS-6mm-_-v2.dxf", v2.Str("stored_filename"));
        Assert.Equal($"CL0001/{project}/CL0001-{project}-Bracket-SS-6mm-_-v2.dxf", v2.Str("file_path"));
        Assert.True(File.Exists(c.LibraryPath(v2.Str("file_path"))));
        Assert.True(File.Exists(c.LibraryPath(v1.Str("file_path"))));

        var lineage = await c.SendJsonAsync(HttpMethod.Get, $"/files/{v2.Id()}/versions").OkAsync();
        var versions = lineage.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal([v1.Id(), v2.Id()], versions.Select(v => v.GetProperty("ingest_id").GetInt64()));
        var changes = versions[1].GetProperty("changes").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("content", changes);
        Assert.Contains("material: MS → SS", changes);
        Assert.Contains("thickness_mm: 5 → 6", changes);
        Assert.Equal(v1Bytes, await c.DownloadAsync(v1.Id()));
    }

    [Fact]
    public async Task OtherKindFamily_SamePart_HasItsOwnLineage()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        await c.UploadOkAsync("Plate.dxf", SampleFiles.RectangleDxf("dxf-" + project), LibraryHttp.Hints(project));
        var svg = await c.UploadOkAsync("Plate.svg", System.Text.Encoding.UTF8.GetBytes(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\" height=\"10mm\"><!-- {project} --><rect width=\"10\" height=\"10\"/></svg>"),
            LibraryHttp.Hints(project));

        Assert.Equal(1, svg.GetProperty("version").GetInt32());
        Assert.Equal("svg|plate", svg.Str("lineage"));
    }

    [Fact]
    public async Task ConcurrentUploadsOfOnePart_ThroughTwoSilos_GetDistinctVersions()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        Assert.Equal(2, c.Silos.Count(s => !s.HasExited));

        var uploads = Enumerable.Range(0, 8).Select(i =>
            c.UploadOkAsync("Gusset.dxf", SampleFiles.RectangleDxf($"race-{i}-{project}"), LibraryHttp.Hints(project)));
        var files = await Task.WhenAll(uploads);

        Assert.Equal(Enumerable.Range(1, 8), files.Select(f => f.GetProperty("version").GetInt32()).Order());
        Assert.Equal(8, files.Select(f => f.Str("stored_filename")).Distinct().Count());
        var lineage = await c.SendJsonAsync(HttpMethod.Get, $"/files/{files[0].Id()}/versions").OkAsync();
        Assert.Equal(8, lineage.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task SameBytesAgain_InSameProject_PointsAtTheExistingFile()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        var bytes = SampleFiles.RectangleDxf("dup-" + project);
        var first = await c.UploadOkAsync("Flange.dxf", bytes, LibraryHttp.Hints(project));
        var again = await c.UploadOkAsync("Flange-copy.dxf", bytes, LibraryHttp.Hints(project));

        Assert.Equal(first.Id(), again.GetProperty("duplicate_of").GetInt64());
        Assert.Equal(1, again.GetProperty("version").GetInt32());
        Assert.Equal(first.Str("file_path"), again.Str("file_path"));
        Assert.Contains(again.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains($"already file {first.Id()}", StringComparison.Ordinal));
        var lineage = await c.SendJsonAsync(HttpMethod.Get, $"/files/{first.Id()}/versions").OkAsync();
        Assert.Equal(1, lineage.GetProperty("versions").GetArrayLength());
        Assert.False(first.TryGetProperty("duplicate_of", out _));
    }
}
