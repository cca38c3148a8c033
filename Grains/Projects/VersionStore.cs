using LaserGrains.Grains.Interfaces.Projects;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Grains.Projects;

/// <summary>The version entries of every project in lg_versions; the project grains are its only writers.</summary>
public sealed class VersionStore(NpgsqlDataSource dataSource)
{
    // A removed version keeps its number (never reused) but none of the file's facts: a hard delete leaves nothing of
    // the file here, and a later claim of the same file brings the facts back.
    private const string MarkSql = """
        UPDATE lg_versions SET state = @state,
            sha256 = CASE WHEN @state = 2 THEN '' ELSE sha256 END,
            material_code = CASE WHEN @state = 2 THEN NULL ELSE material_code END,
            thickness_mm = CASE WHEN @state = 2 THEN NULL ELSE thickness_mm END,
            quantity = CASE WHEN @state = 2 THEN NULL ELSE quantity END,
            changes = CASE WHEN @state = 2 THEN '[]'::jsonb ELSE changes END
        WHERE project = @project AND ingest_id = @ingest_id AND state <> @state
        """;

    // Entries keep their order (ordinal follows the arrays); a row already there stays as it is, so an import
    // interrupted before the grain state was cleared can run again.
    private const string ImportSql = """
        INSERT INTO lg_versions (project, lineage, version, ingest_id, sha256, material_code, thickness_mm, quantity, created_at, changes, state)
        SELECT @project, l, v, i, s, m, t, q, c, ch::jsonb, st
        FROM unnest(@l, @v, @i, @s, @m, @t, @q, @c, @ch, @st) WITH ORDINALITY AS u(l, v, i, s, m, t, q, c, ch, st, n)
        ORDER BY n
        ON CONFLICT DO NOTHING
        """;

    /// <summary>
    /// The version of the claiming file in its lineage, decided and written in one transaction: the one it already
    /// holds, none when its bytes duplicate a live file of the project, else a new one. The caller serialises claims
    /// of a lineage (its project grain); the primary key refuses a number taken twice should two ever race.
    /// </summary>
    public async Task<VersionGrant> ClaimAsync(string project, VersionClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var session = await ClaimSession.BeginAsync(dataSource, project, claim);
        var view = await session.ReadAsync();
        var grant = view.Own is { } own ? Refresh(session, own, view.Previous, claim)
            : view.LiveWithSameBytes is { } original ? new VersionGrant(original.Version, original.IngestId, [$"same bytes as file {original.IngestId}"])
            : Add(session, view, claim);
        await session.CommitAsync();
        return grant;
    }

    public async Task MarkAsync(string project, long ingestId, VersionEntryState state)
    {
        await using var cmd = dataSource.CreateCommand(MarkSql);
        cmd.Parameters.AddWithValue("project", project);
        cmd.Parameters.AddWithValue("ingest_id", ingestId);
        cmd.Parameters.AddWithValue("state", (short)state);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>The versions of one lineage, oldest first.</summary>
    public async Task<IReadOnlyList<VersionEntry>> VersionsAsync(string project, string lineage)
    {
        await using var cmd = dataSource.CreateCommand($"SELECT {VersionRows.Columns} FROM lg_versions WHERE project = @project AND lineage = @lineage ORDER BY ordinal");
        cmd.Parameters.AddWithValue("project", project);
        cmd.Parameters.AddWithValue("lineage", lineage);
        var entries = new List<VersionEntry>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) entries.Add(VersionRows.Read(r));
        return entries;
    }

    /// <summary>Copies the lineages of a grain state from before lg_versions, in one statement.</summary>
    public async Task ImportAsync(string project, IReadOnlyDictionary<string, List<VersionEntry>> lineages)
    {
        ArgumentNullException.ThrowIfNull(lineages);
        var rows = lineages.SelectMany(l => l.Value.Select(e => (Lineage: l.Key, Entry: e))).ToList();
        await using var cmd = dataSource.CreateCommand(ImportSql);
        cmd.Parameters.AddWithValue("project", project);
        cmd.Parameters.AddWithValue("l", rows.Select(r => r.Lineage).ToArray());
        cmd.Parameters.AddWithValue("v", rows.Select(r => r.Entry.Version).ToArray());
        cmd.Parameters.AddWithValue("i", rows.Select(r => r.Entry.IngestId).ToArray());
        cmd.Parameters.AddWithValue("s", rows.Select(r => r.Entry.Sha256).ToArray());
        cmd.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Entry.MaterialCode).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter("t", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = rows.Select(r => r.Entry.ThicknessMm).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => r.Entry.Quantity).ToArray() });
        cmd.Parameters.AddWithValue("c", rows.Select(r => r.Entry.CreatedAt.ToUniversalTime()).ToArray());
        cmd.Parameters.AddWithValue("ch", rows.Select(r => VersionRows.ChangesJson(r.Entry.Changes)).ToArray());
        cmd.Parameters.AddWithValue("st", rows.Select(r => (short)r.Entry.State).ToArray());
        await cmd.ExecuteNonQueryAsync();
    }

    // A repeated claim (retry, re-extraction, restore): keep the number, refresh the facts.
    private static VersionGrant Refresh(ClaimSession session, VersionEntry own, VersionEntry? previous, VersionClaim claim)
    {
        var refreshed = own with
        {
            Sha256 = claim.Sha256, MaterialCode = claim.MaterialCode, ThicknessMm = claim.ThicknessMm,
            Quantity = claim.Quantity, State = VersionEntryState.Live, Changes = VersionChanges.Between(previous, claim),
        };
        if (!Same(refreshed, own)) session.Refresh(refreshed);
        return new VersionGrant(refreshed.Version, null, refreshed.Changes);
    }

    // A new entry; a file moving here from another lineage leaves its old entry behind, marked removed.
    private static VersionGrant Add(ClaimSession session, ClaimView view, VersionClaim claim)
    {
        var (version, warning) = VersionNumbers.Next(view.Highest, view.DeclaredTaken, claim.DeclaredVersion);
        var entry = new VersionEntry(
            version, claim.IngestId, claim.Sha256, claim.MaterialCode, claim.ThicknessMm, claim.Quantity, claim.At,
            VersionChanges.Between(view.Previous, claim), VersionEntryState.Live);
        session.Add(entry);
        return new VersionGrant(entry.Version, null, entry.Changes) { Warning = warning };
    }

    // Records compare their lists by reference: the changes are compared by content.
    private static bool Same(VersionEntry a, VersionEntry b) => a with { Changes = b.Changes } == b && a.Changes.SequenceEqual(b.Changes);
}
