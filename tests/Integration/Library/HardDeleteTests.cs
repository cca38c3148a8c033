using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;
using LaserGrains.Tests.Integration.Webhooks;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>After a hard delete nothing of the file is left anywhere; the blob collector frees what refused archives left.</summary>
public sealed class HardDeleteTests
{
    [Fact]
    public async Task HardDelete_LeavesOnlyTheTombstone_AndTheCollectorFreesOrphansButNotLiveBytes()
    {
        var settings = WebhookClusterFixture.Settings("0s,1m,1m,1m"); // the receiver refuses: deliveries stay queued
        settings["LG_BLOB_COLLECT_INTERVAL"] = "00:00:01";
        settings["LG_BLOB_GRACE_PERIOD"] = "00:00:10";
        settings["LG_ZIP_MAX_TOTAL_BYTES"] = "3000";
        await using var c = await LocalCluster.StartAsync(1, settings);
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = (_, _) => new Answer(503);
        await c.SubscribeAsync(receiver.Url);
        var secret = "Secret" + Guid.NewGuid().ToString("N")[..8];
        var keptTag = "kept-" + Guid.NewGuid().ToString("N");
        var file = await c.UploadOkAsync("plate.dxf", SampleFiles.RectangleDxf(secret), new Dictionary<string, string> { ["part_name"] = secret });
        var kept = await c.UploadOkAsync("kept.dxf", SampleFiles.RectangleDxf(keptTag));
        var (id, sha) = (file.Id(), file.Str("sha256"));
        await c.EventAsync(id, "\"event_type\":\"file.processed\"", secret); // queued with the file's data, as the check below would see

        await c.SendJsonAsync(HttpMethod.Delete, $"/files/{id}?hard_delete=true").OkAsync();

        Assert.Equal(404, (await c.GetJsonAsync($"/files/{id}")).Status);
        Assert.Equal(0, await c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_files WHERE ingest_id = {id}"));
        Assert.False(File.Exists(c.BlobPath(sha)));
        var states = await c.Database.ScalarAsync<string>("SELECT string_agg(convert_from(payloadbinary, 'UTF8'), '\n') FROM orleansstorage WHERE payloadbinary IS NOT NULL");
        Assert.DoesNotContain(sha, states!, StringComparison.Ordinal);
        // The project keeps the removed version's number under the part's lineage name, so it is never reused; no grain else names the part.
        var others = await c.Database.ScalarAsync<string>(
            "SELECT string_agg(convert_from(payloadbinary, 'UTF8'), '\n') FROM orleansstorage WHERE payloadbinary IS NOT NULL AND graintypestring NOT LIKE '%project%'");
        Assert.DoesNotContain(secret, others!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"HardDeleted\":true", others!, StringComparison.Ordinal);
        var deliveries = await Eventually.GetAsync(
            () => c.Database.ScalarAsync<string>($"SELECT string_agg(payload, '\n' ORDER BY sequence) FROM lg_webhook_deliveries WHERE ingest_id = {id}"),
            p => p is not null && p.Contains("file.deleted", StringComparison.Ordinal) && !p.Contains(secret, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the queued events of the file to lose its data");
        Assert.DoesNotContain(sha, deliveries, StringComparison.Ordinal);

        var stored = Encoding.ASCII.GetBytes(new string('a', 2000) + secret);
        var (status, _) = await PostAsync(c, "refused.zip", Zip(("first.txt", stored), ("second.txt", Encoding.ASCII.GetBytes(new string('b', 2000)))));
        Assert.Equal(422, status); // over 3000 bytes in all: refused after the first entry was stored
        var orphan = c.BlobPath(Convert.ToHexStringLower(SHA256.HashData(stored)));
        Assert.True(File.Exists(orphan));
        await Eventually.GetAsync(() => Task.FromResult(File.Exists(orphan)), exists => !exists, TimeSpan.FromSeconds(60), "the orphaned entry to be collected");
        Assert.True(File.Exists(c.BlobPath(kept.Str("sha256")))); // referenced by a catalog row: never collected
        Assert.Equal(SampleFiles.RectangleDxf(keptTag), await c.DownloadAsync(kept.Id()));
    }

    private static async Task<(int Status, string Body)> PostAsync(LocalCluster c, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        using var response = await c.Http.PostAsync(c.Url("/ingest"), form);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
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
