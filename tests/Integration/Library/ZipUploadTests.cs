using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>POST /ingest with several files and with .zip archives: expanded per entry, nested zips kept whole, bombs refused.</summary>
[Collection(LibraryCollection.Name)]
public sealed class ZipUploadTests(LibraryFixture fixture)
{
    [Fact]
    public async Task ZipWithFilesAndNestedZip_AnswersPerFile_NestedZipNotExpanded()
    {
        var project = fixture.NewProject();
        var inner = Zip(("deep.dxf", SampleFiles.RectangleDxf("deep-" + project)));
        var archive = Zip(
            ("parts/Arm.dxf", SampleFiles.RectangleDxf("arm-" + project)),
            ("parts/Leg.dxf", SampleFiles.RectangleDxf("leg-" + project)),
            ("inner.zip", inner));

        var (status, body) = await Post(("job.zip", archive), ("Loose.dxf", SampleFiles.RectangleDxf("loose-" + project)), project);

        Assert.Equal(200, status);
        var files = body.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["Arm.dxf", "Leg.dxf", "inner.zip", "Loose.dxf"], files.Select(f => f.GetProperty("file").Str("original_filename")));
        Assert.All(files.Take(2), f => Assert.Equal("completed", f.Str("status")));
        Assert.Equal("zip", files[2].GetProperty("file").Str("kind"));
        Assert.Equal("failed", files[2].Str("status"));
        Assert.Equal(project, files[0].GetProperty("file").Str("project_code"));
    }

    [Fact]
    public async Task ZipBomb_IsRefusedWith422Problem()
    {
        var bomb = Zip(("zeros.dxf", new byte[64 * 1024 * 1024]));
        Assert.True(bomb.Length < 200_000);

        var (status, body) = await Post(("bomb.zip", bomb), null, fixture.NewProject());

        Assert.Equal(422, status);
        Assert.Equal("Archive refused", body.Str("title"));
        Assert.Contains("zip bomb", body.Str("detail"), StringComparison.Ordinal);
    }

    private async Task<(int Status, JsonElement Body)> Post((string Name, byte[] Bytes) first, (string Name, byte[] Bytes)? second, string project)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(first.Bytes), "file", first.Name);
        if (second is { } s) form.Add(new ByteArrayContent(s.Bytes), "file", s.Name);
        foreach (var (k, v) in LibraryHttp.Hints(project)) form.Add(new StringContent(v), k);
        using var response = await fixture.Cluster.Http.PostAsync(fixture.Cluster.Url("/ingest"), form);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
