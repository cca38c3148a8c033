using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>The library's life with LG_BLOB_STORE=postgres: nothing on disk, served from the database, freed on hard delete and by the collector.</summary>
public sealed class PostgresStoreTests
{
    [Fact]
    public async Task PostgresStore_ServesTheLibrary_FreesHardDeletedBytes_AndCollectsRefusedArchiveEntries()
    {
        await using var c = await LocalCluster.StartAsync(1, new()
        {
            ["LG_BLOB_STORE"] = "postgres",
            ["LG_BLOB_COLLECT_INTERVAL"] = "00:00:01",
            ["LG_BLOB_GRACE_PERIOD"] = "00:00:10",
            ["LG_ZIP_MAX_TOTAL_BYTES"] = "3000",
        });
        var hints = LibraryHttp.Hints("JB-2026-02-CL0005-001", client: "CL0005");
        var keptBytes = SampleFiles.RectangleDxf("pg-kept");
        var kept = await c.UploadOkAsync("kept.dxf", keptBytes, hints);
        var gone = await c.UploadOkAsync("gone.dxf", SampleFiles.RectangleDxf("pg-gone"), hints);
        Assert.Equal(1, await RefCountAsync(c, kept.Str("sha256")));
        Assert.False(Directory.Exists(Path.Combine(c.StorageRoot, "objects")));
        Assert.False(Directory.Exists(Path.Combine(c.StorageRoot, "library")));

        var listing = await c.GetJsonAsync("/library?path=CL0005/JB-2026-02-CL0005-001").OkAsync();
        Assert.Equal(2, listing.GetProperty("files").GetArrayLength());
        using var range = new HttpRequestMessage(HttpMethod.Get, c.Url($"/library/download?path={Uri.EscapeDataString(kept.Str("file_path"))}"));
        range.Headers.Range = new RangeHeaderValue(10, 19);
        using var part = await c.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(keptBytes[10..20], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(keptBytes, await c.DownloadAsync(kept.Id()));
        var ready = await c.GetJsonAsync("/health/ready").OkAsync();
        Assert.Equal("postgres", ready.Str("blob_store"));

        await c.SendJsonAsync(HttpMethod.Delete, $"/files/{gone.Id()}?hard_delete=true").OkAsync();
        Assert.Equal(0, await c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_blobs WHERE sha256 = '{gone.Str("sha256")}'"));
        Assert.Equal(0, await c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_library WHERE sha256 = '{gone.Str("sha256")}'"));

        var stored = Encoding.ASCII.GetBytes(new string('a', 2000) + "refused");
        Assert.Equal(422, await PostAsync(c, "refused.zip", Zip(("first.txt", stored), ("second.txt", Encoding.ASCII.GetBytes(new string('b', 2000))))));
        var orphan = Convert.ToHexStringLower(SHA256.HashData(stored));
        Assert.Equal(1, await c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_blobs WHERE sha256 = '{orphan}'"));
        await Eventually.GetAsync(
            () => c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_blobs WHERE sha256 = '{orphan}'"), n => n == 0, TimeSpan.FromSeconds(60), "the refused entry to be collected");
        Assert.Equal(0, await c.Database.ScalarAsync<long>("SELECT count(*) FROM lg_blob_chunks WHERE content_id NOT IN (SELECT content_id FROM lg_blobs)"));
        Assert.Equal(keptBytes, await c.DownloadAsync(kept.Id())); // referenced: never collected
    }

    private static Task<long> RefCountAsync(LocalCluster c, string sha) =>
        c.Database.ScalarAsync<int>($"SELECT ref_count FROM lg_blobs WHERE sha256 = '{sha}'").ContinueWith(t => (long)t.Result, TaskScheduler.Default);

    private static async Task<int> PostAsync(LocalCluster c, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        using var response = await c.Http.PostAsync(c.Url("/ingest"), form);
        return (int)response.StatusCode;
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
