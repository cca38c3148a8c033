using System.Text.Json;
using LaserGrains.Grains.Interfaces.Projects;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Grains.Projects;

/// <summary>How a <see cref="VersionEntry"/> is one row of lg_versions (deploy/sql/066_versions.sql): the columns, read and bound alike everywhere.</summary>
internal static class VersionRows
{
    public const string Columns = "version, ingest_id, sha256, material_code, thickness_mm, quantity, created_at, changes::text, state";

    public static VersionEntry Read(NpgsqlDataReader r) => new(
        r.GetInt32(0), r.GetInt64(1), r.GetString(2),
        r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? null : r.GetDouble(4),
        r.IsDBNull(5) ? null : r.GetInt32(5),
        r.GetFieldValue<DateTimeOffset>(6),
        JsonSerializer.Deserialize<string[]>(r.GetString(7)) ?? [],
        (VersionEntryState)r.GetInt16(8));

    public static string ChangesJson(IReadOnlyList<string> changes) => JsonSerializer.Serialize(changes);

    /// <summary>Binds the entry's values as @version, @ingest_id, @sha256, @material_code, @thickness_mm, @quantity, @created_at, @changes, @state.</summary>
    public static void Bind(NpgsqlParameterCollection ps, VersionEntry e)
    {
        ps.AddWithValue("version", e.Version);
        ps.AddWithValue("ingest_id", e.IngestId);
        ps.AddWithValue("sha256", e.Sha256);
        ps.Add(new NpgsqlParameter("material_code", NpgsqlDbType.Text) { Value = (object?)e.MaterialCode ?? DBNull.Value });
        ps.Add(new NpgsqlParameter("thickness_mm", NpgsqlDbType.Double) { Value = (object?)e.ThicknessMm ?? DBNull.Value });
        ps.Add(new NpgsqlParameter("quantity", NpgsqlDbType.Integer) { Value = (object?)e.Quantity ?? DBNull.Value });
        ps.AddWithValue("created_at", e.CreatedAt.ToUniversalTime());
        ps.Add(new NpgsqlParameter("changes", NpgsqlDbType.Jsonb) { Value = ChangesJson(e.Changes) });
        ps.AddWithValue("state", (short)e.State);
    }
}
