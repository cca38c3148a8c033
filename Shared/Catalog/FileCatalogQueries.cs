using System.Text.Json;
using Npgsql;

namespace LaserGrains.Shared.Catalog;

/// <summary>Read side of the catalog table lg_files: filtered pages with keyset cursors, and counts.</summary>
public sealed class FileCatalogQueries(NpgsqlDataSource dataSource) : IFileCatalogQueries
{
    // The counts the lg_files triggers keep (deploy/sql/065_catalog_counts.sql): first the changes appended since the
    // last call are folded into lg_file_counts (a DELETE and an upsert, one statement, so each change moves exactly
    // once even when two calls fold at once), then both tables are summed in the next statement's snapshot, so the
    // answer is exact as of that snapshot whatever writers append meanwhile.
    private const string FoldSql = """
        WITH moved AS (DELETE FROM lg_file_count_changes RETURNING dimension, value, delta)
        INSERT INTO lg_file_counts (dimension, value, files)
        SELECT dimension, value, sum(delta) FROM moved GROUP BY 1, 2
        ON CONFLICT (dimension, value) DO UPDATE SET files = lg_file_counts.files + EXCLUDED.files
        """;

    private const string StatsSql = """
        SELECT dimension, value, sum(files)::bigint FROM (
            SELECT dimension, value, files FROM lg_file_counts
            UNION ALL SELECT dimension, value, delta FROM lg_file_count_changes) c
        GROUP BY 1, 2
        """;

    public async Task<FilePage> SearchAsync(FileSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (FileSearch.PrefixQuery(search.Text) is { } text)
        {
            await using var prefix = dataSource.CreateCommand(FileSearchSql.PrefixQuerySql);
            prefix.Parameters.AddWithValue("q", text);
            if (await prefix.ExecuteScalarAsync(cancellationToken) is not string tsQuery) return new FilePage(search.Page, search.PageSize, 0, true, [], null);
            search = search with { TsQuery = tsQuery };
        }

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(FileSearchSql.Count(search));
        batch.BatchCommands.Add(FileSearchSql.Page(search));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var counted = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<JsonElement>();
        CatalogCursor? next = null;
        var (lastValue, lastId) = ("", 0L);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == search.PageSize)
            {
                next = new CatalogCursor(search.Sort.Name, lastValue, lastId);
                break;
            }

            using var doc = JsonDocument.Parse(reader.GetString(0));
            items.Add(doc.RootElement.Clone());
            (lastValue, lastId) = (reader.GetString(2), reader.GetInt64(1));
        }

        var exact = counted <= FileSearchSql.TotalCap;
        return new FilePage(search.Page, search.PageSize, Math.Min(counted, FileSearchSql.TotalCap), exact, items, next?.Encode());
    }

    /// <summary>Counts of the files not deleted by kind, material and client, and of all files by status.</summary>
    public async Task<CatalogStats> StatsAsync(CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, SortedDictionary<string, long>>(StringComparer.Ordinal)
        {
            ["status"] = new(StringComparer.Ordinal), ["kind"] = new(StringComparer.Ordinal),
            ["material"] = new(StringComparer.Ordinal), ["client"] = new(StringComparer.Ordinal),
        };
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(FoldSql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(StatsSql));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt64(2) > 0) groups[reader.GetString(0)][reader.GetString(1)] = reader.GetInt64(2);
        }
        var total = groups["status"].Where(g => g.Key != "deleted").Sum(g => g.Value);
        return new CatalogStats(total, groups["status"], groups["kind"], groups["material"], groups["client"]);
    }
}

/// <summary>File counts for GET /stats; total leaves deleted files out, by_status counts them.</summary>
public sealed record CatalogStats(
    long Total,
    IReadOnlyDictionary<string, long> ByStatus,
    IReadOnlyDictionary<string, long> ByKind,
    IReadOnlyDictionary<string, long> ByMaterial,
    IReadOnlyDictionary<string, long> ByClient);

/// <summary>One page of the catalog; total is exact unless total_is_exact is false (then "at least"); next_cursor is absent on the last page.</summary>
public sealed record FilePage(int Page, int PageSize, long Total, bool TotalIsExact, IReadOnlyList<JsonElement> Items, string? NextCursor);
