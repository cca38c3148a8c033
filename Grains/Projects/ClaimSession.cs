using LaserGrains.Grains.Interfaces.Projects;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Grains.Projects;

/// <summary>
/// One claim's transaction on lg_versions: lock the claimed bytes in the project, read what the claim decides on,
/// write the outcome, commit. The lock makes two claims of the same bytes (in different lineages, so possibly on two
/// pool grains) see each other, so one of them is the duplicate; claims of other bytes never wait on it.
/// </summary>
/// <remarks>Two round trips: BEGIN rides with the reads and COMMIT with the writes (a claim with nothing to write
/// sends COMMIT alone); an NpgsqlTransaction would send its COMMIT as a third. A claim that fails halfway leaves its
/// transaction to the pool, which rolls back whatever a returned connection still has open (VersionStoreTests).</remarks>
internal sealed class ClaimSession : IAsyncDisposable
{
    private const string Lock = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(66, hashtext(@project || '|' || @sha256))) l";
    private const string Own = $"SELECT {VersionRows.Columns} FROM lg_versions WHERE project = @project AND lineage = @lineage AND ingest_id = @ingest_id ORDER BY ordinal LIMIT 1";
    // The latest entry still in the lineage before the claimant's own (or before the end, for a new one).
    private const string Previous = $"""
        SELECT {VersionRows.Columns} FROM lg_versions
        WHERE project = @project AND lineage = @lineage AND state <> 2 AND ordinal < coalesce(
            (SELECT min(ordinal) FROM lg_versions WHERE project = @project AND lineage = @lineage AND ingest_id = @ingest_id), 9223372036854775807)
        ORDER BY ordinal DESC LIMIT 1
        """;
    private const string SameBytes = $"SELECT {VersionRows.Columns} FROM lg_versions WHERE project = @project AND state = 0 AND sha256 = @sha256 AND ingest_id <> @ingest_id ORDER BY ordinal LIMIT 1";
    private const string Numbers = """
        SELECT coalesce((SELECT max(version) FROM lg_versions WHERE project = @project AND lineage = @lineage), 0),
               EXISTS (SELECT 1 FROM lg_versions WHERE project = @project AND lineage = @lineage AND version = @declared)
        """;

    private readonly NpgsqlConnection _connection;
    private readonly string _project;
    private readonly VersionClaim _claim;
    private readonly List<NpgsqlBatchCommand> _writes = [];

    private ClaimSession(NpgsqlConnection connection, string project, VersionClaim claim) =>
        (_connection, _project, _claim) = (connection, project, claim);

    public static async Task<ClaimSession> BeginAsync(NpgsqlDataSource dataSource, string project, VersionClaim claim) =>
        new(await dataSource.OpenConnectionAsync(), project, claim);

    public async Task<ClaimView> ReadAsync()
    {
        await using var batch = new NpgsqlBatch(_connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        foreach (var sql in new[] { Lock, Own, Previous, SameBytes, Numbers }) batch.BatchCommands.Add(Command(sql));
        await using var r = await batch.ExecuteReaderAsync();
        await r.NextResultAsync(); // past the lock
        var own = await EntryAsync(r);
        await r.NextResultAsync();
        var previous = await EntryAsync(r);
        await r.NextResultAsync();
        var same = await EntryAsync(r);
        await r.NextResultAsync();
        await r.ReadAsync();
        return new ClaimView(own, previous, same, r.GetInt32(0), r.GetBoolean(1));
    }

    /// <summary>Writes the refreshed facts of the claimant's own entry (with the commit).</summary>
    public void Refresh(VersionEntry entry) => _writes.Add(Entry(
        "UPDATE lg_versions SET sha256 = @sha256, material_code = @material_code, thickness_mm = @thickness_mm, quantity = @quantity, " +
        "changes = @changes, state = @state WHERE project = @project AND lineage = @lineage AND version = @version", entry));

    /// <summary>Adds the new entry (with the commit); the file's entries elsewhere in the project (a file that moved lineage) become removed.</summary>
    public void Add(VersionEntry entry)
    {
        _writes.Add(Command("UPDATE lg_versions SET state = 2 WHERE project = @project AND ingest_id = @ingest_id AND state <> 2"));
        _writes.Add(Entry("INSERT INTO lg_versions (project, lineage, version, ingest_id, sha256, material_code, thickness_mm, quantity, created_at, changes, state) " +
              "VALUES (@project, @lineage, @version, @ingest_id, @sha256, @material_code, @thickness_mm, @quantity, @created_at, @changes, @state)", entry));
    }

    /// <summary>Sends the writes and COMMIT in one round trip; a failing write fails the commit with it.</summary>
    public async Task CommitAsync()
    {
        await using var batch = new NpgsqlBatch(_connection);
        foreach (var c in _writes) batch.BatchCommands.Add(c);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await batch.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task<VersionEntry?> EntryAsync(NpgsqlDataReader r) => await r.ReadAsync() ? VersionRows.Read(r) : null;

    // The claim's values, for the reads; parameters a statement does not name are not sent.
    private NpgsqlBatchCommand Command(string sql)
    {
        var c = new NpgsqlBatchCommand(sql);
        c.Parameters.AddWithValue("project", _project);
        c.Parameters.AddWithValue("lineage", _claim.LineageKey);
        c.Parameters.AddWithValue("ingest_id", _claim.IngestId);
        c.Parameters.AddWithValue("sha256", _claim.Sha256);
        c.Parameters.Add(new NpgsqlParameter("declared", NpgsqlDbType.Integer) { Value = (object?)_claim.DeclaredVersion ?? DBNull.Value });
        return c;
    }

    private NpgsqlBatchCommand Entry(string sql, VersionEntry entry)
    {
        var c = new NpgsqlBatchCommand(sql);
        c.Parameters.AddWithValue("project", _project);
        c.Parameters.AddWithValue("lineage", _claim.LineageKey);
        VersionRows.Bind(c.Parameters, entry);
        return c;
    }
}
