using System.Text.Json;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Every event type's handler, over real HTTP into real PostgreSQL.</summary>
[Collection(ReceiverCollection.Name)]
public sealed class ReceiverHandlerTests(ReceiverFixture fixture)
{
    private ReceiverClient Receiver => fixture.Receiver;

    [Fact]
    public async Task Processed_ProjectExists_CreatesDesignFileUnderProjectAndLogsActivity()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        Assert.Equal(201, (await Receiver.CreateProjectAsync(code)).Status);

        var (status, body) = await Receiver.PostAsync(EventBodies.Event("file.processed", id, 2, code));

        Assert.Equal(200, status);
        Assert.Equal("handled", body.GetProperty("status").GetString());
        var file = Assert.Single((await fixture.Cluster.GetJsonAsync($"/laser-os/projects/{code}/design-files")).Body.EnumerateArray());
        Assert.Equal(id, file.GetProperty("ingest_id").GetInt64());
        Assert.True(file.GetProperty("assigned").GetBoolean());
        Assert.Equal("completed", file.GetProperty("status").GetString());
        Assert.Equal("Mild Steel", file.GetProperty("material").GetString());
        Assert.Equal(10, file.GetProperty("quantity").GetInt32());
        var activity = (await fixture.Cluster.GetJsonAsync($"/laser-os/projects/{code}/activity")).Body.EnumerateArray().ToList();
        Assert.Contains(activity, a => a.GetProperty("action").GetString() == "file.processed" && a.GetProperty("ingest_id").GetInt64() == id);
    }

    [Fact]
    public async Task Processed_ProjectMissing_KeptUnassignedThenAttachedOnProjectCreation()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());

        Assert.Equal(200, (await Receiver.PostAsync(EventBodies.Event("file.processed", id, 2, code))).Status);

        var unassigned = (await fixture.Cluster.GetJsonAsync("/laser-os/design-files/unassigned")).Body.EnumerateArray();
        Assert.Contains(unassigned, f => f.GetProperty("ingest_id").GetInt64() == id && !f.GetProperty("assigned").GetBoolean());

        var (created, project) = await Receiver.CreateProjectAsync(code);

        Assert.Equal(201, created);
        Assert.Equal([id], project.GetProperty("attached_ingest_ids").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(1, project.GetProperty("project").GetProperty("design_files").GetInt64());
        var file = Assert.Single((await fixture.Cluster.GetJsonAsync($"/laser-os/projects/{code}/design-files")).Body.EnumerateArray());
        Assert.True(file.GetProperty("assigned").GetBoolean());
        Assert.DoesNotContain((await fixture.Cluster.GetJsonAsync("/laser-os/design-files/unassigned")).Body.EnumerateArray(),
            f => f.GetProperty("ingest_id").GetInt64() == id);
    }

    [Fact]
    public async Task Ingested_LogsActivityWithoutDesignFile()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());

        Assert.Equal(200, (await Receiver.PostAsync(EventBodies.Event("file.ingested", id, 1, code))).Status);

        Assert.Equal(0, await Receiver.CountAsync("design_files", $"ingest_id = {id}"));
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {id} AND action = 'file.ingested'"));
    }

    [Fact]
    public async Task Failed_RecordsStatusAndReasonAndLogsActivity()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        await Receiver.CreateProjectAsync(code);
        var failed = EventBodies.Event("file.failed", id, 2, code);
        failed["data"] = new System.Text.Json.Nodes.JsonObject { ["reason"] = "DXF has no entities", ["code"] = "empty_drawing" };

        Assert.Equal(200, (await Receiver.PostAsync(failed)).Status);

        var file = Assert.Single((await fixture.Cluster.GetJsonAsync($"/laser-os/projects/{code}/design-files")).Body.EnumerateArray());
        Assert.Equal("failed", file.GetProperty("status").GetString());
        Assert.Equal("DXF has no entities", file.GetProperty("failure_reason").GetString());
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {id} AND action = 'file.failed' AND message LIKE '%DXF has no entities%'"));
    }

    [Fact]
    public async Task ReExtracted_UpdatesExistingRecord()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        await Receiver.CreateProjectAsync(code);
        await Receiver.PostAsync(EventBodies.Event("file.processed", id, 2, code));
        var again = EventBodies.Event("file.re_extracted", id, 3, code);
        again["file_data"]!["material"] = "Stainless Steel";
        again["file_data"]!["thickness_mm"] = 3.0;

        Assert.Equal(200, (await Receiver.PostAsync(again)).Status);

        var file = Assert.Single((await fixture.Cluster.GetJsonAsync($"/laser-os/projects/{code}/design-files")).Body.EnumerateArray());
        Assert.Equal("Stainless Steel", file.GetProperty("material").GetString());
        Assert.Equal(3.0, file.GetProperty("thickness_mm").GetDouble());
        Assert.Equal(3, file.GetProperty("last_sequence").GetInt64());
        Assert.Equal("file.re_extracted", file.GetProperty("last_event_type").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Deleted_MarksDeletedAndRecordsHardDelete(bool hard)
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        await Receiver.CreateProjectAsync(code);
        await Receiver.PostAsync(EventBodies.Event("file.processed", id, 2, code));
        var deleted = EventBodies.Event("file.deleted", id, 3, code);
        deleted["data"] = new System.Text.Json.Nodes.JsonObject { ["hard_delete"] = hard };

        Assert.Equal(200, (await Receiver.PostAsync(deleted)).Status);

        Assert.Empty((await fixture.Cluster.GetJsonAsync($"/laser-os/projects/{code}/design-files")).Body.EnumerateArray());
        var file = Assert.Single((await fixture.Cluster.GetJsonAsync($"/laser-os/projects/{code}/design-files?include_deleted=true")).Body.EnumerateArray());
        Assert.True(file.GetProperty("is_deleted").GetBoolean());
        Assert.Equal(hard, file.GetProperty("hard_deleted").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, file.GetProperty("deleted_at").ValueKind);
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {id} AND action = 'file.deleted'"));
    }

    [Fact]
    public async Task SeedCurlExample_WithoutSequence_CreatesDesignFile()
    {
        var id = EventBodies.NewIngestId();
        var body = $$"""
            {"event_type": "file.processed", "timestamp": "2025-10-21T10:30:00.000Z", "ingest_id": {{id}},
             "file_data": {"ingest_id": {{id}}, "original_filename": "test.dxf", "project_code": "JB-2025-10-CL0001-001", "client_code": "CL0001"} }
            """;

        var (status, _) = await Receiver.PostRawAsync(System.Text.Encoding.UTF8.GetBytes(body), ReceiverClient.NewWebhookId());

        Assert.Equal(200, status);
        Assert.Equal("test.dxf", await Receiver.ScalarAsync<string>($"SELECT original_filename FROM laser_os.design_files WHERE ingest_id = {id}"));
    }

    [Fact]
    public async Task CreateProject_CodeTaken_Returns409()
    {
        var code = EventBodies.NewProjectCode();
        await Receiver.CreateProjectAsync(code);

        Assert.Equal(409, (await Receiver.CreateProjectAsync(code)).Status);
        Assert.Contains((await fixture.Cluster.GetJsonAsync("/laser-os/projects")).Body.EnumerateArray(), p => p.GetProperty("code").GetString() == code);
    }
}
