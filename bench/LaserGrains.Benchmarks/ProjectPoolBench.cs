using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Grains.Projects;
using Npgsql;

namespace LaserGrains.Benchmarks;

/// <summary>
/// The pool of unassigned files with N files in it, before and after lg_versions: the single grain's state (bytes,
/// and the time to serialise and write it, which every claim paid) against one lg_versions row per claim (claims/s
/// through one writer, as one shard, and through eight, as eight shards; transactions per claim).
/// Usage: --project-pool N "connection string of a database with deploy/sql applied (its lg_versions is emptied)".
/// </summary>
public static class ProjectPoolBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        await using var data = NpgsqlDataSource.Create(args[1]);
        await ExecAsync(data, "TRUNCATE lg_versions");
        var state = Fill(n);

        // Before: the grain state as the silo's System.Text.Json storage serializer writes it, into a bytea row as
        // the ADO.NET grain storage keeps it; every claim rewrote all of it.
        await ExecAsync(data, "CREATE TABLE IF NOT EXISTS lg_bench_pool_state (id int PRIMARY KEY, payload bytea)");
        var sw = Stopwatch.StartNew();
        byte[] bytes = [];
        const int writes = 10;
        for (var i = 0; i < writes; i++)
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(state);
            await using var cmd = data.CreateCommand("INSERT INTO lg_bench_pool_state VALUES (1, @p) ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload");
            cmd.Parameters.AddWithValue("p", bytes);
            await cmd.ExecuteNonQueryAsync();
        }

        await ExecAsync(data, "DROP TABLE lg_bench_pool_state");
        Console.WriteLine($"before: {n:N0} files, state {bytes.Length / 1024.0 / 1024:F1} MB, serialise + write {sw.Elapsed.TotalMilliseconds / writes:F0} ms per claim");

        // The migration of that state, then claims on top of it.
        var store = new VersionStore(data);
        sw.Restart();
        await store.ImportAsync(ProjectKeys.Unassigned, state.Lineages);
        Console.WriteLine($"import into lg_versions: {sw.Elapsed.TotalSeconds:F1} s; row bytes avg {await ScalarAsync(data, "SELECT avg(pg_column_size(v.*))::int FROM lg_versions v")}");
        foreach (var writers in new[] { 1, 8 })
        {
            const int claims = 2000;
            var xact0 = await ScalarAsync(data, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
            sw.Restart();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; i < claims / writers; i++)
                {
                    await store.ClaimAsync(ProjectKeys.Unassigned, new VersionClaim(10_000_000L * writers + w * 100_000L + i,
                        $"dxf|bench-{w}", Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), "MS", 3, 1, DateTimeOffset.UtcNow));
                }
            })));
            var seconds = sw.Elapsed.TotalSeconds;
            await Task.Delay(1200); // backends flush pg_stat_database at most once a second
            var xacts = await ScalarAsync(data, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()") - xact0;
            Console.WriteLine($"after: {writers} writer(s), {claims / seconds:F0} claims/s, {xacts / (double)claims:F2} transactions per claim");
        }

        return 0;
    }

    // N unassigned files as uploads without a project arrive: a few versions per part name, some deleted or removed.
    private static ProjectState Fill(int n)
    {
        var state = new ProjectState();
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < n; i++)
        {
            var lineage = $"dxf|part_{i / 4:D7}";
            if (!state.Lineages.TryGetValue(lineage, out var entries)) state.Lineages[lineage] = entries = [];
            var s = i % 10 == 9 ? VersionEntryState.Deleted : VersionEntryState.Live;
            entries.Add(new VersionEntry(entries.Count + 1, i + 1, i.ToString("x64", CultureInfo.InvariantCulture), "MS", 3, 1 + (i % 20), at,
                entries.Count == 0 ? ["first version"] : ["content", "quantity: 1 → 2"], s));
        }

        return state;
    }

    private static async Task ExecAsync(NpgsqlDataSource data, string sql)
    {
        await using var cmd = data.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource data, string sql)
    {
        await using var cmd = data.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
