using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Grains.Projects;
using LaserGrains.Tests.Common;
using Npgsql;

namespace LaserGrains.Tests.Grains.Projects;

/// <summary>The claim's own transaction (BEGIN with the reads, COMMIT with the writes) on a real PostgreSQL: what a
/// failed claim leaves behind, on the table and on the pooled connection.</summary>
public sealed class VersionStoreTests
{
    private const string Project = "PRJ1";
    private const string Lineage = "dxf|bracket";

    [Fact]
    public async Task ClaimThatLosesARace_WritesNothing_AndHandsBackACleanConnection()
    {
        await using var db = await TestDatabase.CreateAsync();
        // One connection in the pool: the claim after the failed one runs on the very same session.
        await using var data = OneConnection(db);
        var store = new VersionStore(data);

        // Another writer holds version 1 of the lineage, not yet committed: the claim reads max 0 and its insert waits.
        await using var rival = new NpgsqlConnection(db.ConnectionString);
        await rival.OpenAsync();
        await using var rivalTx = await rival.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO lg_versions (project, lineage, version, ingest_id, sha256, created_at, changes, state) VALUES ('{Project}', '{Lineage}', 1, 9, 'rival', now(), '[]', 0)",
            rival, rivalTx))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var losing = store.ClaimAsync(Project, Claim(10, "a"));
        await Eventually.GetAsync(
            () => db.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'claims' AND wait_event_type = 'Lock'"),
            waiting => waiting == 1, TimeSpan.FromSeconds(10), "the claim's insert waiting for the rival's row");
        await rivalTx.CommitAsync();

        var failure = await Assert.ThrowsAsync<PostgresException>(() => losing);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
        var next = await store.ClaimAsync(Project, Claim(11, "b"));

        Assert.Equal(2, next.Version);
        Assert.Equal([9L, 11L], await IngestIdsAsync(db));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'claims' AND state LIKE 'idle in transaction%'"));
    }

    [Fact]
    public async Task RepeatedClaim_WithNothingToWrite_CommitsAndKeepsItsNumber()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var data = OneConnection(db);
        var store = new VersionStore(data);

        var first = await store.ClaimAsync(Project, Claim(20, "c"));
        var again = await store.ClaimAsync(Project, Claim(20, "c"));
        var other = await store.ClaimAsync(Project, Claim(21, "d"));

        Assert.Equal([1, 1, 2], new[] { first.Version, again.Version, other.Version });
        Assert.Equal([20L, 21L], await IngestIdsAsync(db));
    }

    private static NpgsqlDataSource OneConnection(TestDatabase db) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(db.ConnectionString) { MaxPoolSize = 1, ApplicationName = "claims" }.ConnectionString);

    private static VersionClaim Claim(long ingestId, string bytes) =>
        new(ingestId, Lineage, new string(bytes[0], 64), "MS", 5, 1, DateTimeOffset.UnixEpoch);

    private static async Task<List<long>> IngestIdsAsync(TestDatabase db)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT ingest_id FROM lg_versions WHERE project = '{Project}' ORDER BY version", connection);
        var ids = new List<long>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) ids.Add(r.GetInt64(0));
        return ids;
    }
}
