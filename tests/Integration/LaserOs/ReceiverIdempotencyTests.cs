namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Redeliveries, out-of-order events and failed transactions leave the Laser OS tables consistent.</summary>
[Collection(ReceiverCollection.Name)]
public sealed class ReceiverIdempotencyTests(ReceiverFixture fixture)
{
    private ReceiverClient Receiver => fixture.Receiver;

    [Fact]
    public async Task Event_SameWebhookIdTwice_OneRowOneActivitySecondAnsweredDuplicate()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        var webhookId = ReceiverClient.NewWebhookId();
        var e = EventBodies.Event("file.processed", id, 2, code);

        var first = await Receiver.PostAsync(e, webhookId);
        var second = await Receiver.PostAsync(e, webhookId);

        Assert.Equal((200, "handled"), (first.Status, first.Body.GetProperty("status").GetString()));
        Assert.Equal((200, "duplicate"), (second.Status, second.Body.GetProperty("status").GetString()));
        Assert.Equal(1, await Receiver.CountAsync("design_files", $"ingest_id = {id}"));
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {id}"));
        Assert.Equal(1, await Receiver.CountAsync("handled_events", $"webhook_id = '{webhookId}'"));
    }

    [Fact]
    public async Task Event_SameWebhookIdConcurrently_AppliedOnce()
    {
        var id = EventBodies.NewIngestId();
        var webhookId = ReceiverClient.NewWebhookId();
        var e = EventBodies.Event("file.ingested", id, 1, null);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Receiver.PostAsync(e, webhookId)));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Single(answers, a => a.Body.GetProperty("status").GetString() == "handled");
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {id}"));
    }

    [Fact]
    public async Task Event_OlderSequenceAfterNewer_NewerStateKept()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        var newer = EventBodies.Event("file.re_extracted", id, 3, code);
        newer["file_data"]!["material"] = "Aluminium";
        var older = EventBodies.Event("file.processed", id, 2, code);
        older["file_data"]!["material"] = "Mild Steel";

        await Receiver.PostAsync(newer);
        var (status, body) = await Receiver.PostAsync(older);

        Assert.Equal((200, "stale"), (status, body.GetProperty("status").GetString()));
        Assert.Equal("Aluminium", await Receiver.ScalarAsync<string>($"SELECT material FROM laser_os.design_files WHERE ingest_id = {id}"));
        Assert.Equal(3L, await Receiver.ScalarAsync<long>($"SELECT last_sequence FROM laser_os.design_files WHERE ingest_id = {id}"));
        Assert.Equal(2, await Receiver.CountAsync("handled_events", $"ingest_id = {id}"));
        Assert.Equal(1, await Receiver.CountAsync("handled_events", $"ingest_id = {id} AND outcome = 'stale'"));
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {id}"));
    }

    [Fact]
    public async Task Event_DeleteThenLateProcessed_StaysDeleted()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        await Receiver.PostAsync(EventBodies.Event("file.processed", id, 2, code));
        await Receiver.PostAsync(EventBodies.Event("file.deleted", id, 4, code));

        var (_, body) = await Receiver.PostAsync(EventBodies.Event("file.re_extracted", id, 3, code));

        Assert.Equal("stale", body.GetProperty("status").GetString());
        Assert.True(await Receiver.ScalarAsync<bool>($"SELECT is_deleted FROM laser_os.design_files WHERE ingest_id = {id}"));
    }

    [Fact]
    public async Task Event_ConstraintViolatedMidTransaction_RollsBackEverythingAnd500ThenRetrySucceeds()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        await Receiver.CreateProjectAsync(code);
        var webhookId = ReceiverClient.NewWebhookId();
        var bad = EventBodies.Event("file.processed", id, 2, code);
        // quantity > 0 is a table constraint: the webhook-id is already claimed when the DesignFile insert fails.
        bad["file_data"]!["quantity"] = -1;

        var (status, body) = await Receiver.PostAsync(bad, webhookId);

        Assert.Equal(500, status);
        Assert.Contains("nothing was changed", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Receiver.CountAsync("handled_events", $"webhook_id = '{webhookId}'"));
        Assert.Equal(0, await Receiver.CountAsync("design_files", $"ingest_id = {id}"));
        Assert.Equal(0, await Receiver.CountAsync("activity_log", $"ingest_id = {id}"));

        // The sender's retry of the same webhook-id (fixed upstream) is not mistaken for a duplicate.
        bad["file_data"]!["quantity"] = 4;
        var retry = await Receiver.PostAsync(bad, webhookId);
        Assert.Equal((200, "handled"), (retry.Status, retry.Body.GetProperty("status").GetString()));
        Assert.Equal(4, await Receiver.ScalarAsync<int>($"SELECT quantity FROM laser_os.design_files WHERE ingest_id = {id}"));
    }

    [Fact]
    public async Task Health_AfterEvent_ReportsDatabaseAndLastEvent()
    {
        var e = EventBodies.Event("file.ingested", EventBodies.NewIngestId(), 1, null);
        e["timestamp"] = DateTimeOffset.UtcNow.AddSeconds(-30).ToString("O");
        await Receiver.PostAsync(e);

        var (status, body) = await fixture.Cluster.GetJsonAsync("/webhooks/module-n/health");

        Assert.Equal(200, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("database").GetBoolean());
        Assert.Equal("file.ingested", body.GetProperty("last_event_type").GetString());
        Assert.InRange(body.GetProperty("seconds_since_last_event").GetDouble(), 0, 30);
        Assert.InRange(body.GetProperty("last_event_delay_seconds").GetDouble(), 29, 60);
    }
}
