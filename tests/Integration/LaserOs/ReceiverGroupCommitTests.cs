namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Concurrent deliveries share the receiver's transactions; each is still answered only once it is stored.</summary>
[Collection(ReceiverCollection.Name)]
public sealed class ReceiverGroupCommitTests(ReceiverFixture fixture)
{
    private ReceiverClient Receiver => fixture.Receiver;

    [Fact]
    public async Task ConcurrentDeliveries_ShareTransactions_EachStoredBeforeItsAnswer()
    {
        var code = EventBodies.NewProjectCode();
        var ids = Enumerable.Range(0, 60).Select(_ => EventBodies.NewIngestId()).ToList();

        var answers = await Task.WhenAll(ids.Select(async id =>
        {
            var answer = await Receiver.PostAsync(EventBodies.Event("file.processed", id, 2, code));
            // Answered means committed: the row is there the moment the answer is.
            return (answer.Status, Outcome: answer.Body.GetProperty("status").GetString(), Rows: await Receiver.CountAsync("design_files", $"ingest_id = {id}"));
        }));

        Assert.All(answers, a => Assert.Equal((200, "handled", 1L), (a.Status, a.Outcome, a.Rows)));
        var list = string.Join(',', ids);
        Assert.Equal(60, await Receiver.CountAsync("activity_log", $"ingest_id IN ({list})"));
        // Rows written by one transaction share its id (xmin); at most 4 run at once, so 60 requests need fewer than 60.
        var transactions = await Receiver.ScalarAsync<long>($"SELECT count(DISTINCT xmin::text) FROM laser_os.handled_events WHERE ingest_id IN ({list})");
        Assert.InRange(transactions, 1, 59);
    }

    [Fact]
    public async Task OneFilesEvents_SentTogether_ApplyInSequenceOrder()
    {
        var (code, id) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        var processed = EventBodies.Event("file.processed", id, 2, code);
        processed["file_data"]!["material"] = "Mild Steel";
        var reExtracted = EventBodies.Event("file.re_extracted", id, 3, code);
        reExtracted["file_data"]!["material"] = "Aluminium";

        var answers = await Task.WhenAll(Receiver.PostAsync(reExtracted), Receiver.PostAsync(processed));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal("Aluminium", await Receiver.ScalarAsync<string>($"SELECT material FROM laser_os.design_files WHERE ingest_id = {id}"));
        Assert.Equal(3L, await Receiver.ScalarAsync<long>($"SELECT last_sequence FROM laser_os.design_files WHERE ingest_id = {id}"));
    }

    [Fact]
    public async Task AnEventTheDatabaseRefuses_FailsOnlyItsOwnRequest()
    {
        var code = EventBodies.NewProjectCode();
        var ids = Enumerable.Range(0, 12).Select(_ => EventBodies.NewIngestId()).ToList();
        var bad = EventBodies.Event("file.processed", ids[5], 2, code);
        bad["file_data"]!["original_filename"] = "bad\u0000name.dxf"; // PostgreSQL text refuses NUL

        var answers = await Task.WhenAll(ids.Select(id => Receiver.PostAsync(id == ids[5] ? bad : EventBodies.Event("file.processed", id, 2, code))));

        Assert.Equal(500, answers[5].Status);
        Assert.All(answers.Where((_, i) => i != 5), a => Assert.Equal(200, a.Status));
        Assert.Equal(11, await Receiver.CountAsync("design_files", $"ingest_id IN ({string.Join(',', ids)})"));
        Assert.Equal(0, await Receiver.CountAsync("handled_events", $"ingest_id = {ids[5]}"));
    }
}
