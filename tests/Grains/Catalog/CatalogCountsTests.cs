using LaserGrains.Shared.Catalog;
using LaserGrains.Tests.Common;
using Npgsql;

namespace LaserGrains.Tests.Grains.Catalog;

/// <summary>GET /stats' counts kept by the lg_files triggers (deploy/sql/065_catalog_counts.sql) equal a count of the rows, whatever wrote them and however concurrently.</summary>
public sealed class CatalogCountsTests
{
    // The catalog writer's statement shape: insert, or replace the row when the revision is newer.
    private const string Upsert = """
        INSERT INTO lg_files (ingest_id, revision, original_filename, kind, file_size, sha256, status, client_code, material_code, created_at, updated_at, record)
        SELECT g, @rev, 'f.dxf', (ARRAY['dxf_ascii','pdf','svg'])[1 + (g + @rev) % 3], 1, lpad(g::text, 64, '0'),
               (ARRAY['received','completed','failed','deleted'])[1 + (g * 7 + @rev) % 4],
               CASE WHEN g % 5 = 0 THEN NULL ELSE 'CL' || (g + @rev) % 4 END, (ARRAY['MS','SS',NULL])[1 + (g + 2 * @rev) % 3],
               now(), now(), '{}'
        FROM generate_series(@from, @to) g
        ON CONFLICT (ingest_id) DO UPDATE SET revision = EXCLUDED.revision, kind = EXCLUDED.kind, status = EXCLUDED.status,
            client_code = EXCLUDED.client_code, material_code = EXCLUDED.material_code
        WHERE lg_files.revision < EXCLUDED.revision
        """;

    // The counts GET /stats showed before the triggers: one scan of the table.
    private const string Direct = """
        SELECT 'status', status, count(*) FROM lg_files GROUP BY 2
        UNION ALL SELECT 'kind', coalesce(kind, 'unknown'), count(*) FROM lg_files WHERE status <> 'deleted' GROUP BY 2
        UNION ALL SELECT 'material', coalesce(material_code, 'unknown'), count(*) FROM lg_files WHERE status <> 'deleted' GROUP BY 2
        UNION ALL SELECT 'client', coalesce(client_code, 'unknown'), count(*) FROM lg_files WHERE status <> 'deleted' GROUP BY 2
        """;

    [Fact]
    public async Task Counts_MatchTheRows_AfterConcurrentUpserts_Removals_AndStatsCalls()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var data = db.CreateDataSource();
        var queries = new FileCatalogQueries(data);

        // Four writers (rows of their own, so no deadlock between them), each upserting newer revisions of its rows,
        // which moves them between statuses, kinds, materials and clients, and hard-deleting some, while /stats folds.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var rev = 1; rev <= 6; rev++)
            {
                await ExecAsync(data, Upsert, ("rev", rev), ("from", 1 + w * 100), ("to", 100 + w * 100));
                await ExecAsync(data, "DELETE FROM lg_files WHERE ingest_id BETWEEN @from AND @to AND ingest_id % 7 = @k",
                    ("from", 1L + w * 100), ("to", 100L + w * 100), ("k", (long)((rev + w) % 7)));
            }
        }));
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++) await queries.StatsAsync(CancellationToken.None);
        }));
        await Task.WhenAll(writers.Concat(readers));

        var stats = await queries.StatsAsync(CancellationToken.None);

        var expected = await DirectAsync(data);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Flatten(stats));
        Assert.Equal(await db.ScalarAsync<long>("SELECT count(*) FROM lg_files WHERE status <> 'deleted'"), stats.Total);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM lg_file_count_changes"));
    }

    [Fact]
    public async Task Migration_CountsTheRowsAlreadyThere_AndTruncateEmptiesTheCounts()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var data = db.CreateDataSource();
        // A catalog from before the counts: no triggers, rows written, then the script applied (again).
        await ExecAsync(data, """
            DROP TRIGGER lg_files_counts_insert ON lg_files; DROP TRIGGER lg_files_counts_update ON lg_files;
            DROP TRIGGER lg_files_counts_delete ON lg_files; DROP TRIGGER lg_files_counts_truncate ON lg_files;
            DELETE FROM lg_schema_version WHERE version = 65
            """);
        await ExecAsync(data, Upsert, ("rev", 1), ("from", 1), ("to", 300));
        await db.ApplySchemaAsync();
        await ExecAsync(data, Upsert, ("rev", 2), ("from", 250), ("to", 400));
        var queries = new FileCatalogQueries(data);

        Assert.Equal(await DirectAsync(data), Flatten(await queries.StatsAsync(CancellationToken.None)));

        await ExecAsync(data, "TRUNCATE lg_files");
        Assert.Empty((await queries.StatsAsync(CancellationToken.None)).ByStatus);
    }

    private static string[] Flatten(CatalogStats s) =>
        [
            .. new[] { ("status", s.ByStatus), ("kind", s.ByKind), ("material", s.ByMaterial), ("client", s.ByClient) }
                .SelectMany(g => g.Item2.Select(p => $"{g.Item1}/{p.Key}={p.Value}")).Order(StringComparer.Ordinal),
        ];

    private static async Task<string[]> DirectAsync(NpgsqlDataSource data)
    {
        var rows = new List<string>();
        await using var cmd = data.CreateCommand(Direct);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) rows.Add($"{r.GetString(0)}/{r.GetString(1)}={r.GetInt64(2)}");
        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private static async Task ExecAsync(NpgsqlDataSource data, string sql, params (string Name, object Value)[] ps)
    {
        await using var cmd = data.CreateCommand(sql);
        foreach (var (name, value) in ps) cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync();
    }
}
