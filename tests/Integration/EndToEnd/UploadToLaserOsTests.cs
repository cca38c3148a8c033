using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.EndToEnd;

/// <summary>The whole loop as the local run wires it: upload → FileGrain → outbox → dispatcher → signed webhook → Laser OS row.</summary>
public sealed class UploadToLaserOsTests
{
    /// <summary>The seed's one event per request, and the batches the local run now subscribes the receiver with.</summary>
    [Theory]
    [InlineData("/webhooks/module-n/event", null)]
    [InlineData("/webhooks/module-n/events", "32")]
    public async Task Upload_AppearsAsDesignFile_ThenDeleteSoftDeletesIt(string receiverPath, string? maxBatch)
    {
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var settings = new Dictionary<string, string>
        {
            ["LG_RECEIVER_SECRETS"] = secret,
            ["WEBHOOK_URL"] = "{gateway}" + receiverPath,
            ["LG_WEBHOOK_ALLOWED_TARGETS"] = "{gateway-authority}", // the receiver, and nothing else on loopback
            ["WEBHOOK_SECRET"] = secret,
        };
        if (maxBatch is not null) settings["LG_WEBHOOK_DEFAULT_MAX_BATCH"] = maxBatch;
        await using var cluster = await LocalCluster.StartAsync(extra: settings);
        const string project = "JB-2026-11-CL0042-001";
        using (var created = await cluster.Http.PostAsJsonAsync(cluster.Url("/laser-os/projects"), new { code = project, name = "Brackets", client_code = "CL0042" }))
        {
            Assert.Equal(201, (int)created.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        var (status, body) = await cluster.UploadAsync("Bracket - 5mm Mild Steel - Qty 10.dxf", SampleFiles.RectangleDxf("loop"),
            new Dictionary<string, string> { ["project_code"] = project, ["client_code"] = "CL0042" });
        Assert.Equal(201, status);
        var id = body.GetProperty("ingest_id").GetInt64();

        var design = await Eventually.GetAsync(
            async () => (await cluster.GetJsonAsync($"/laser-os/projects/{project}/design-files")).Body.EnumerateArray()
                .FirstOrDefault(f => f.GetProperty("ingest_id").GetInt64() == id),
            f => f.ValueKind != System.Text.Json.JsonValueKind.Undefined, TimeSpan.FromSeconds(30), "the DesignFile");
        clock.Stop();
        Assert.Equal("completed", design.GetProperty("status").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");

        using (var deleted = await cluster.Http.DeleteAsync(cluster.Url($"/files/{id}")))
        {
            Assert.True(deleted.IsSuccessStatusCode, $"DELETE answered {(int)deleted.StatusCode}");
        }

        var gone = await Eventually.GetAsync(
            async () => (await cluster.GetJsonAsync($"/laser-os/projects/{project}/design-files?include_deleted=true")).Body.EnumerateArray()
                .FirstOrDefault(f => f.GetProperty("ingest_id").GetInt64() == id),
            f => f.ValueKind != System.Text.Json.JsonValueKind.Undefined && f.GetProperty("is_deleted").GetBoolean(),
            TimeSpan.FromSeconds(30), "the soft deletion");
        Assert.False(gone.GetProperty("hard_deleted").GetBoolean());
        Assert.Empty((await cluster.GetJsonAsync($"/laser-os/projects/{project}/design-files")).Body.EnumerateArray());
    }
}
