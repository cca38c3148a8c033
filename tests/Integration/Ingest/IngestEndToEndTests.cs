using System.Security.Cryptography;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>Upload over real HTTP, processing in a real silo, state in real PostgreSQL, across a silo restart.</summary>
public sealed class IngestEndToEndTests
{
    [Fact]
    public async Task Upload_ThenSiloKilledAndRestarted_FileAndStateSurvive()
    {
        await using var cluster = await LocalCluster.StartAsync();
        var bytes = SampleFiles.RectangleDxf("e2e");
        const string name = "CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf";

        var (status, body) = await cluster.UploadAsync(name, bytes, new Dictionary<string, string> { ["quantity"] = "12" });

        Assert.Equal(201, status);
        var id = body.GetProperty("ingest_id").GetInt64();
        var (getStatus, record) = await cluster.GetJsonAsync($"/files/{id}");
        Assert.Equal(200, getStatus);
        Assert.Equal("completed", record.GetProperty("status").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), record.GetProperty("sha256").GetString());
        Assert.Equal("dxf_ascii", record.GetProperty("kind").GetString());
        Assert.Equal("CL0001", record.GetProperty("client_code").GetString());
        Assert.Equal(12, record.GetProperty("quantity").GetInt32());
        Assert.Equal("upload_hint", record.GetProperty("metadata").GetProperty("quantity").GetProperty("source").GetString());
        var geometry = record.GetProperty("geometry");
        Assert.Equal(100, geometry.GetProperty("bbox_w_mm").GetDouble(), 3);
        Assert.Equal(50, geometry.GetProperty("bbox_h_mm").GetDouble(), 3);
        Assert.Equal(300, geometry.GetProperty("cut_length_mm").GetDouble(), 3);
        Assert.Equal(1, geometry.GetProperty("closed_contours").GetInt32());
        Assert.Equal(1, geometry.GetProperty("pierces").GetInt32());
        Assert.Equal(5000, geometry.GetProperty("net_area_mm2").GetDouble(), 1);
        Assert.Equal("insunits", geometry.GetProperty("units_source").GetString());
        var estimate = record.GetProperty("cut_estimate");
        Assert.True(estimate.GetProperty("total_seconds_per_part").GetDouble() > 0);
        Assert.Equal(12 * estimate.GetProperty("total_seconds_per_part").GetDouble(), estimate.GetProperty("total_seconds_for_quantity").GetDouble(), 6);

        await cluster.Silos[0].KillAsync();
        await cluster.StartSiloAsync();

        var after = await Eventually.GetAsync(
            async () => await cluster.GetJsonAsync($"/files/{id}"), r => r.Status == 200, TimeSpan.FromSeconds(60), "the file after restart");
        Assert.Equal(record.GetProperty("sha256").GetString(), after.Body.GetProperty("sha256").GetString());
        Assert.Equal("completed", after.Body.GetProperty("status").GetString());
        Assert.Equal(record.GetProperty("processed_at").GetString(), after.Body.GetProperty("processed_at").GetString());

        var (listStatus, list) = await cluster.GetJsonAsync("/files");
        Assert.Equal(200, listStatus);
        Assert.Equal(1, list.GetProperty("total").GetInt64());
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("ingest_id").GetInt64());
    }
}
