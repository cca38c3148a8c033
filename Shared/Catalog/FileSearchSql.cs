using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Shared.Catalog;

/// <summary>Turns a <see cref="FileSearch"/> into one parameterised WHERE clause; user text only ever travels as parameters.</summary>
public static class FileSearchSql
{
    /// <summary>Most rows counted for total: past it the count stops, because counting every match of a broad filter costs more than the page itself (docs/BENCHMARKS.md).</summary>
    public const int TotalCap = 200;

    /// <summary>
    /// Turns q into a prefix tsquery text with PostgreSQL's own parser (every lexeme as word:*, all required), so codes
    /// split exactly as in the stored vector. Run first, so the page query gets a constant the planner can estimate.
    /// </summary>
    public const string PrefixQuerySql =
        "SELECT string_agg(quote_literal(lexeme) || ':*', ' & ') FROM unnest(to_tsvector('simple', @q))";

    /// <summary>The conditions without the cursor (shared by the page and its total) and their parameters.</summary>
    public static (string Where, List<NpgsqlParameter> Parameters) Filters(FileSearch s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var where = new StringBuilder();
        var ps = new List<NpgsqlParameter>();
        void Add(string condition, params (string Name, object Value)[] values)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
            foreach (var (name, value) in values) ps.Add(new NpgsqlParameter(name, value));
        }

        // Soft-deleted files are hidden unless asked for by status.
        if (s.Status is { } status) Add("status = @status", ("status", status));
        else Add("status <> 'deleted'");
        // Client and project are exact codes, so their (code, created_at) indexes serve filter and order together;
        // partial codes are found through q, whose words match as prefixes.
        if (s.Client is { } c) Add("client_code = @client", ("client", c.ToUpperInvariant()));
        if (s.Project is { } p) Add("project_code = @project", ("project", p.ToUpperInvariant()));
        if (s.Part is { } part) Add("lower(part_name) LIKE @part", ("part", FileSearch.LikePrefix(part.ToLowerInvariant())));
        if (s.Material is { } m) Add("(material_code = @material_code OR lower(material) = @material_name)",
            ("material_code", m.Trim().ToUpperInvariant()), ("material_name", m.Trim().ToLowerInvariant()));
        if (s.ThicknessMin is { } min) Add("thickness_mm >= @thk_min", ("thk_min", min));
        if (s.ThicknessMax is { } max) Add("thickness_mm <= @thk_max", ("thk_max", max));
        if (s.Kinds.Count > 0) Add("kind = ANY(@kinds)", ("kinds", s.Kinds.ToArray()));
        if (s.From is { } from) Add("created_at >= @from", ("from", from.ToUniversalTime()));
        if (s.To is { } to) Add("created_at < @to", ("to", to.ToUniversalTime()));
        if (s.NeedsReview) Add("(status = 'failed' OR confidence_score < @conf_below OR jsonb_array_length(COALESCE(record->'defects', '[]'::jsonb)) > 0)",
            ("conf_below", s.ConfidenceBelow));
        if (s.TsQuery is { } q) Add("search @@ to_tsquery('simple', @tsq)", ("tsq", q));
        return (where.ToString(), ps);
    }

    /// <summary>The page query: filters, the keyset condition after the cursor, the sort, one row more than the page to see if another follows.</summary>
    public static NpgsqlBatchCommand Page(FileSearch s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (where, ps) = Filters(s);
        var sort = s.Sort;
        var direction = sort.Descending ? "DESC" : "ASC";
        if (s.Cursor is { } cursor)
        {
            var op = sort.Descending ? "<" : ">";
            where += (where.Length == 0 ? " WHERE " : " AND ") + $"({sort.Column}, ingest_id) {op} (CAST(@cursor_value AS {sort.SqlType}), @cursor_id)";
            ps.Add(new NpgsqlParameter("cursor_value", NpgsqlDbType.Text) { Value = cursor.Value });
            ps.Add(new NpgsqlParameter("cursor_id", cursor.IngestId));
        }

        var offset = s.Cursor is null && s.Page > 1 ? (long)(s.Page - 1) * s.PageSize : 0;
        var cmd = new NpgsqlBatchCommand(
            $"SELECT record, ingest_id, {sort.Column}::text AS cursor_value FROM lg_files{where} " +
            $"ORDER BY {sort.Column} {direction}, ingest_id {direction} LIMIT @limit OFFSET @offset");
        foreach (var p in ps) cmd.Parameters.Add(p);
        cmd.Parameters.AddWithValue("limit", s.PageSize + 1);
        cmd.Parameters.AddWithValue("offset", offset);
        return cmd;
    }

    /// <summary>How many files match the filters, counted up to one past <see cref="TotalCap"/>.</summary>
    public static NpgsqlBatchCommand Count(FileSearch s)
    {
        var (where, ps) = Filters(s);
        var cmd = new NpgsqlBatchCommand($"SELECT count(*) FROM (SELECT 1 FROM lg_files{where} LIMIT {TotalCap + 1}) matches");
        foreach (var p in ps) cmd.Parameters.Add(p);
        return cmd;
    }
}
