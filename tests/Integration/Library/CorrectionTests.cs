using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>Manual corrections win over extraction, move the file out of the unassigned folder, and clear again.</summary>
[Collection(LibraryCollection.Name)]
public sealed class CorrectionTests(LibraryFixture fixture)
{
    [Fact]
    public async Task UnassignedFile_CorrectedWithClientAndProject_MovesIntoItsFolder()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject("CL0042");
        var file = await c.UploadOkAsync("Widget.dxf", SampleFiles.RectangleDxf("unassigned-" + project));
        var unassigned = file.Str("file_path");
        Assert.StartsWith("_unassigned/", unassigned, StringComparison.Ordinal);
        Assert.True(File.Exists(c.LibraryPath(unassigned)));

        var corrected = await c.SendJsonAsync(HttpMethod.Patch, $"/files/{file.Id()}",
            $$"""{"client_code":"CL0042","project_code":"{{project}}","material":"Stainless Steel","thickness_mm":3}""").OkAsync();

        var path = corrected.Str("file_path");
        Assert.Equal($"CL0042/{project}/CL0042-{project}-Widget-SS-3mm-_-v1.dxf", path);
        Assert.True(File.Exists(c.LibraryPath(path)));
        Assert.False(File.Exists(c.LibraryPath(unassigned)));
        Assert.Equal("manual", corrected.GetProperty("metadata").GetProperty("client_code").GetProperty("source").GetString());
        Assert.Equal("SS", corrected.Str("material_code"));
        await c.EventAsync(file.Id(), "\"event_type\":\"file.re_extracted\"");
    }

    [Fact]
    public async Task ManualValue_WinsOverHint_UntilClearedWithNull()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        var file = await c.UploadOkAsync("Tab.dxf", SampleFiles.RectangleDxf("manual-" + project), LibraryHttp.Hints(project));

        var set = await c.SendJsonAsync(HttpMethod.Patch, $"/files/{file.Id()}", """{"thickness_mm":8,"quantity":4}""").OkAsync();
        Assert.Equal(8, set.GetProperty("thickness_mm").GetDouble());
        Assert.EndsWith("-Tab-MS-8mm-x4-v1.dxf", set.Str("stored_filename"), StringComparison.Ordinal);

        var cleared = await c.SendJsonAsync(HttpMethod.Patch, $"/files/{file.Id()}", """{"thickness_mm":null}""").OkAsync();
        Assert.Equal(5, cleared.GetProperty("thickness_mm").GetDouble());
        Assert.Equal("upload_hint", cleared.GetProperty("metadata").GetProperty("thickness_mm").GetProperty("source").GetString());
        Assert.EndsWith("-Tab-MS-5mm-x4-v1.dxf", cleared.Str("stored_filename"), StringComparison.Ordinal);
        Assert.True(File.Exists(c.LibraryPath(cleared.Str("file_path"))));
        Assert.False(File.Exists(c.LibraryPath(set.Str("file_path"))));
    }

    [Theory]
    [InlineData("""{"colour":"red"}""", "cannot be corrected")]
    [InlineData("""{"thickness_mm":"thick"}""", "thickness_mm")]
    [InlineData("""{}""", "no field")]
    [InlineData("""[1]""", "JSON object")]
    public async Task InvalidCorrection_Returns400Problem(string body, string expected)
    {
        var c = fixture.Cluster;
        var file = await c.UploadOkAsync("Bad.dxf", SampleFiles.RectangleDxf("bad-" + Guid.NewGuid()));

        var (status, problem) = await c.SendJsonAsync(HttpMethod.Patch, $"/files/{file.Id()}", body);

        Assert.Equal(400, status);
        Assert.Contains(expected, problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReExtract_KeepsRunHistory_AndRaisesEvent()
    {
        var c = fixture.Cluster;
        var project = fixture.NewProject();
        var file = await c.UploadOkAsync("Rib.dxf", SampleFiles.RectangleDxf("rex-" + project), LibraryHttp.Hints(project));

        var again = await c.SendJsonAsync(HttpMethod.Post, $"/files/{file.Id()}/re-extract").OkAsync();

        var runs = again.GetProperty("extraction_history").EnumerateArray().ToList();
        Assert.Equal(["ingest", "re-extract"], runs.Select(r => r.Str("trigger")));
        Assert.All(runs, r => Assert.False(string.IsNullOrEmpty(r.Str("extractor"))));
        Assert.All(runs, r => Assert.False(string.IsNullOrEmpty(r.Str("extractor_version"))));
        Assert.Empty(runs[1].GetProperty("changed_fields").EnumerateArray());
        Assert.Equal(file.Str("stored_filename"), again.Str("stored_filename"));
        Assert.Equal(1, again.GetProperty("version").GetInt32());
        await c.EventAsync(file.Id(), "\"event_type\":\"file.re_extracted\"");
        var (missing, _) = await c.SendJsonAsync(HttpMethod.Post, "/files/987654321/re-extract");
        Assert.Equal(404, missing);
    }
}
