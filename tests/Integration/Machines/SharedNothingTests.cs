using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Ingest;
using Xunit.Abstractions;

namespace LaserGrains.Tests.Integration.Machines;

/// <summary>
/// Two silos and two gateways on four machines that share nothing but the database (own network namespace, storage
/// folder and working directory each; the PostgreSQL blob store): every upload is processed wherever its grain lands,
/// served by both gateways, and a silo's SIGKILL leaves its files to the other.
/// </summary>
public sealed class SharedNothingTests(ITestOutputHelper output)
{

    [Fact]
    public async Task TwoSilosTwoGateways_ShareOnlyTheDatabase_AndSurviveASiloKill()
    {
        await using var c = await SharedNothingCluster.StartAsync(silos: 2, gateways: 2);
        output.WriteLine($"machines: {c.Network.Kind}, {string.Join(", ", c.Network.Machines.Select(m => $"{m.Name}={m.Address}"))}; database through a relay on {c.Network.HostSide}:{c.Relay.Port}");

        var uploads = new Dictionary<long, byte[]>();
        for (var i = 0; i < 16; i++)
        {
            var bytes = SampleFiles.RectangleDxf($"machines-{i}");
            var (status, body) = await UploadAsync(c, i % 2, $"part-{i}.dxf", bytes, "");
            Assert.True(status == 201, $"upload {i}: {status} {body}");
            Assert.Equal("completed", body.GetProperty("status").GetString());
            uploads[body.GetProperty("ingest_id").GetInt64()] = bytes;
        }

        var bySilo = c.Silos.Select(SharedNothingCluster.ProcessedBy).ToList();
        output.WriteLine($"processed: silo1 {bySilo[0].Count}, silo2 {bySilo[1].Count} of {uploads.Count}");
        Assert.All(bySilo, done => Assert.NotEmpty(done.Intersect(uploads.Keys)));
        foreach (var (id, bytes) in uploads)
        {
            foreach (var gateway in c.GatewayUrls) Assert.Equal(bytes, await c.Http.GetByteArrayAsync(new Uri($"{gateway}/files/{id}/download")));
        }

        await LibraryIsTheSameOnEveryGatewayAsync(c, uploads);
        Assert.All(c.Network.Machines, m => Assert.False(Directory.Exists(Path.Combine(c.Folder(m, "storage"), "objects")), $"{m.Name} kept bytes on its disk"));

        var inFlight = new Dictionary<long, byte[]>();
        for (var i = 0; i < 10; i++)
        {
            var bytes = SampleFiles.RectangleDxf($"machines-kill-{i}");
            var (status, body) = await UploadAsync(c, i % 2, $"late-{i}.dxf", bytes, "wait=false");
            Assert.True(status is 201 or 202, $"upload late-{i}: {status} {body}");
            inFlight[body.GetProperty("ingest_id").GetInt64()] = bytes;
        }

        await c.Silos[0].KillAsync();
        var finishedBeforeKill = SharedNothingCluster.ProcessedBy(c.Silos[0]).Intersect(inFlight.Keys).ToHashSet();
        foreach (var (id, bytes) in inFlight)
        {
            var file = await Eventually.GetAsync(() => FileAsync(c, 1, id), f => f.ValueKind == JsonValueKind.Object && f.GetProperty("status").GetString() == "completed",
                TimeSpan.FromSeconds(120), $"file {id} to complete after the kill");
            Assert.Equal(id, file.GetProperty("ingest_id").GetInt64());
            foreach (var gateway in c.GatewayUrls) Assert.Equal(bytes, await c.Http.GetByteArrayAsync(new Uri($"{gateway}/files/{id}/download")));
        }

        var finishedBySurvivor = SharedNothingCluster.ProcessedBy(c.Silos[1]).Intersect(inFlight.Keys).ToHashSet();
        output.WriteLine($"after the kill: silo1 had logged {finishedBeforeKill.Count}, silo2 finished {finishedBySurvivor.Count} of {inFlight.Count}");
        // The killed silo's last log lines may be lost with it, so a file is not attributed to a silo one by one;
        // what holds is that each completed and the survivor did part of the work.
        Assert.NotEmpty(finishedBySurvivor);
    }

    private static async Task LibraryIsTheSameOnEveryGatewayAsync(SharedNothingCluster c, Dictionary<long, byte[]> uploads)
    {
        var (id, bytes) = uploads.First();
        var file = await FileAsync(c, 0, id);
        var path = file.GetProperty("file_path").GetString()!;
        var folder = path[..path.LastIndexOf('/')];
        var listings = new List<string>();
        foreach (var gateway in c.GatewayUrls)
        {
            var listing = await c.Http.GetFromJsonAsync<JsonElement>(new Uri($"{gateway}/library?path={Uri.EscapeDataString(folder)}"));
            var names = listing.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
            Assert.Contains(path, names);
            listings.Add(string.Join('\n', names));
            Assert.Equal(bytes, await c.Http.GetByteArrayAsync(new Uri($"{gateway}/library/download?path={Uri.EscapeDataString(path)}")));
        }

        Assert.Single(listings.Distinct());
    }

    private static async Task<(int Status, JsonElement Body)> UploadAsync(SharedNothingCluster c, int gateway, string name, byte[] bytes, string query)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        form.Add(new StringContent("CL0042"), "client_code");
        form.Add(new StringContent("JB-2026-01-CL0042-001"), "project_code");
        using var response = await c.Http.PostAsync(new Uri($"{c.GatewayUrls[gateway]}/ingest?{query}"), form);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<JsonElement> FileAsync(SharedNothingCluster c, int gateway, long id)
    {
        using var response = await c.Http.GetAsync(new Uri($"{c.GatewayUrls[gateway]}/files/{id}"));
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }
}
