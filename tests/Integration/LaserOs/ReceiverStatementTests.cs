namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>A shared transaction costs a fixed handful of statements, not several per event.</summary>
[Collection(ReceiverCollection.Name)]
public sealed class ReceiverStatementTests(ReceiverFixture fixture)
{
    // What the receiver's transactions run, counted by PostgreSQL itself (pg_stat_statements, loaded by the cluster) in this
    // test's database only; the receiver's health query and these counting queries are left out.
    private const string ReceiverStatements =
        """
        SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND (query LIKE '%laser_os.%' OR query LIKE '%pg_advisory_xact_lock%')
          AND query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE '%handled_at DESC%'
        """;

    private ReceiverClient Receiver => fixture.Receiver;

    [Fact]
    public async Task ConcurrentDeliveries_SevenOrEightStatementsPerTransaction_HoweverManyEvents()
    {
        await fixture.Cluster.Database.ScalarAsync<object>("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        var code = EventBodies.NewProjectCode();
        var ids = Enumerable.Range(0, 24).Select(_ => EventBodies.NewIngestId()).ToList();
        var before = await Receiver.ScalarAsync<long>(ReceiverStatements);

        // Two events per file, as the sender makes them; whichever order they arrive in, file.processed changes the row once.
        var answers = await Task.WhenAll(ids.SelectMany(id => new[]
        {
            Receiver.PostAsync(EventBodies.Event("file.ingested", id, 1, code)),
            Receiver.PostAsync(EventBodies.Event("file.processed", id, 2, code)),
        }));

        var statements = await Receiver.ScalarAsync<long>(ReceiverStatements) - before;
        Assert.All(answers, a => Assert.Equal(200, a.Status));
        var list = string.Join(',', ids);
        Assert.Equal(48, await Receiver.CountAsync("handled_events", $"ingest_id IN ({list})"));
        Assert.Equal(24, await Receiver.CountAsync("design_files", $"ingest_id IN ({list}) AND last_sequence = 2"));
        // Rows written by one transaction share its id (xmin).
        var transactions = await Receiver.ScalarAsync<long>($"SELECT count(DISTINCT xmin::text) FROM laser_os.handled_events WHERE ingest_id IN ({list})");
        // Per transaction: two locks and three reads in one round trip, then the handled rows, the DesignFile upserts and the
        // activity rows in one statement each: 7, or 8 with an upsert. Claiming, locking, reading and settling each event on
        // its own, as before, cost two statements per transaction and at least four more per event.
        Assert.InRange(transactions, 1, 47);
        Assert.InRange(statements, transactions * 7, transactions * 8);
    }
}
