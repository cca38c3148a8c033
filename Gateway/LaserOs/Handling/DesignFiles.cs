using LaserGrains.Gateway.LaserOs.Events;
using NpgsqlTypes;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>Writes DesignFile rows, in the caller's transaction.</summary>
public static class DesignFiles
{
    /// <summary>Whether the file has a row, and the sequence of the newest event applied to it.</summary>
    public static async Task<(bool Exists, long? LastSequence)> CurrentAsync(LaserOsTransaction tx, long ingestId)
    {
        await using var cmd = tx.Command("SELECT last_sequence FROM laser_os.design_files WHERE ingest_id = @id", ("id", ingestId));
        await using var reader = await cmd.ExecuteReaderAsync(tx.CancellationToken);
        if (!await reader.ReadAsync(tx.CancellationToken)) return (false, null);
        return (true, reader.IsDBNull(0) ? null : reader.GetInt64(0));
    }

    /// <summary>Creates or updates the row; returns whether it was created and whether a project with its code exists.</summary>
    public static async Task<(bool Created, bool Assigned)> UpsertAsync(LaserOsTransaction tx, ModuleNEvent e, string status, string? failureReason)
    {
        var f = e.File;
        await using var cmd = tx.Command(
            """
            INSERT INTO laser_os.design_files AS d (ingest_id, project_id, project_code, client_code, original_filename, stored_filename,
                file_path, file_type, file_size, status, failure_reason, confidence_score, part_name, material, thickness_mm, quantity,
                version, file_data, last_sequence, last_event_type)
            VALUES (@ingest, (SELECT id FROM laser_os.projects WHERE code = @project), @project, @client, @original, @stored,
                @path, @type, @size, @status, @reason, @confidence, @part, @material, @thickness, @quantity,
                @version, @data, @seq, @event)
            ON CONFLICT (ingest_id) DO UPDATE SET
                project_id = EXCLUDED.project_id, project_code = EXCLUDED.project_code, client_code = EXCLUDED.client_code,
                original_filename = EXCLUDED.original_filename, stored_filename = EXCLUDED.stored_filename, file_path = EXCLUDED.file_path,
                file_type = EXCLUDED.file_type, file_size = EXCLUDED.file_size, status = EXCLUDED.status,
                failure_reason = EXCLUDED.failure_reason, confidence_score = EXCLUDED.confidence_score, part_name = EXCLUDED.part_name,
                material = EXCLUDED.material, thickness_mm = EXCLUDED.thickness_mm, quantity = EXCLUDED.quantity,
                version = EXCLUDED.version, file_data = EXCLUDED.file_data,
                last_sequence = coalesce(EXCLUDED.last_sequence, d.last_sequence), last_event_type = EXCLUDED.last_event_type,
                updated_at = now()
            RETURNING (xmax = 0), project_id IS NOT NULL
            """,
            ("ingest", e.IngestId), ("project", f.ProjectCode), ("client", f.ClientCode), ("original", f.OriginalFilename),
            ("stored", f.StoredFilename), ("path", f.FilePath), ("type", f.FileType), ("size", f.FileSize), ("status", status),
            ("reason", failureReason), ("confidence", f.ConfidenceScore), ("part", f.PartName), ("material", f.Material),
            ("thickness", f.ThicknessMm), ("quantity", f.Quantity), ("version", f.Version), ("seq", e.Sequence), ("event", e.EventType));
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter("data", NpgsqlDbType.Jsonb) { Value = e.FileDataJson });
        await using var reader = await cmd.ExecuteReaderAsync(tx.CancellationToken);
        await reader.ReadAsync(tx.CancellationToken);
        return (reader.GetBoolean(0), reader.GetBoolean(1));
    }

    /// <summary>Marks the row deleted (soft; hard_deleted says Module N removed the file itself); false when there is no row.</summary>
    public static async Task<bool> MarkDeletedAsync(LaserOsTransaction tx, ModuleNEvent e) =>
        await tx.ExecuteAsync(
            """
            UPDATE laser_os.design_files
            SET is_deleted = true, hard_deleted = hard_deleted OR @hard, deleted_at = coalesce(deleted_at, @time), status = 'deleted',
                last_sequence = coalesce(@seq, last_sequence), last_event_type = @event, updated_at = now()
            WHERE ingest_id = @ingest
            """,
            ("hard", e.HardDelete), ("time", e.Timestamp), ("seq", e.Sequence), ("event", e.EventType), ("ingest", e.IngestId)) == 1;
}
