namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// The first round trip of a shared transaction: takes the locks of all its files and projects, then reads what the
/// decisions need. The locks come first, in one order for every transaction (files by ascending id, then projects by
/// ascending key), so transactions of several gateways never wait on each other in a circle; the reads come after them,
/// and under READ COMMITTED each statement sees what committed before it started, so a concurrent delivery of the same
/// file or webhook-id elsewhere is seen once its transaction let go of the lock.
/// </summary>
public static class BatchReads
{
    private const string LockFiles =
        "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT k FROM unnest($1::bigint[]) AS u(k) ORDER BY k) AS f";

    // Key space 40 as LaserOsTransaction.LockProjectAsync, which project creation takes.
    private const string LockProjects =
        "SELECT count(pg_advisory_xact_lock(40, h)) FROM (SELECT DISTINCT hashtext(c) AS h FROM unnest($1::text[]) AS u(c) ORDER BY h) AS p";

    private const string SelectProjects = "SELECT code FROM laser_os.projects WHERE code = ANY($1::text[])";

    public static async Task<BatchSnapshot> LockAndReadAsync(LaserOsTransaction tx, IReadOnlyList<ReceivedEvent> batch)
    {
        var ingestIds = batch.Select(r => r.Event.IngestId).Distinct().ToArray();
        var webhookIds = batch.Select(r => r.WebhookId).Distinct(StringComparer.Ordinal).ToArray();
        var codes = batch.Select(r => r.Event.File.ProjectCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

        await using var reads = tx.Batch();
        reads.BatchCommands.Add(LaserOsTransaction.Statement(LockFiles, ingestIds));
        if (codes.Length > 0) reads.BatchCommands.Add(LaserOsTransaction.Statement(LockProjects, (object)codes));
        reads.BatchCommands.Add(DesignFiles.Select(ingestIds));
        reads.BatchCommands.Add(HandledEvents.Select(webhookIds));
        if (codes.Length > 0) reads.BatchCommands.Add(LaserOsTransaction.Statement(SelectProjects, (object)codes));

        var ct = tx.CancellationToken;
        await using var reader = await reads.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct); // past the file locks
        if (codes.Length > 0) await reader.NextResultAsync(ct); // past the project locks
        var files = new Dictionary<long, FileState>(ingestIds.Length);
        while (await reader.ReadAsync(ct)) files[reader.GetInt64(0)] = new FileState(true, reader.IsDBNull(1) ? null : reader.GetInt64(1));

        await reader.NextResultAsync(ct);
        var handled = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct)) handled.Add(reader.GetString(0));

        var projects = new HashSet<string>(StringComparer.Ordinal);
        if (codes.Length > 0 && await reader.NextResultAsync(ct))
        {
            while (await reader.ReadAsync(ct)) projects.Add(reader.GetString(0));
        }

        return new BatchSnapshot(files, handled, projects);
    }
}
