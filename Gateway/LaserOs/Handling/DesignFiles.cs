using LaserGrains.Gateway.LaserOs.Events;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>Reads and writes DesignFile rows, as statements for the caller's batch.</summary>
public static class DesignFiles
{
    /// <summary>The rows of <paramref name="ingestIds"/> that exist: ingest_id, last_sequence.</summary>
    public static NpgsqlBatchCommand Select(long[] ingestIds) =>
        LaserOsTransaction.Statement("SELECT ingest_id, last_sequence FROM laser_os.design_files WHERE ingest_id = ANY($1::bigint[])", ingestIds);

    /// <summary>Creates or updates the row; project_id is the project with the file's code, when there is one.</summary>
    public static NpgsqlBatchCommand Upsert(ModuleNEvent e, string status, string? failureReason)
    {
        var f = e.File;
        return LaserOsTransaction.Statement(
            """
            INSERT INTO laser_os.design_files AS d (ingest_id, project_id, project_code, client_code, original_filename, stored_filename,
                file_path, file_type, file_size, status, failure_reason, confidence_score, part_name, material, thickness_mm, quantity,
                version, file_data, last_sequence, last_event_type)
            VALUES ($1, (SELECT id FROM laser_os.projects WHERE code = $2), $2, $3, $4, $5,
                $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                $16, $17, $18, $19)
            ON CONFLICT (ingest_id) DO UPDATE SET
                project_id = EXCLUDED.project_id, project_code = EXCLUDED.project_code, client_code = EXCLUDED.client_code,
                original_filename = EXCLUDED.original_filename, stored_filename = EXCLUDED.stored_filename, file_path = EXCLUDED.file_path,
                file_type = EXCLUDED.file_type, file_size = EXCLUDED.file_size, status = EXCLUDED.status,
                failure_reason = EXCLUDED.failure_reason, confidence_score = EXCLUDED.confidence_score, part_name = EXCLUDED.part_name,
                material = EXCLUDED.material, thickness_mm = EXCLUDED.thickness_mm, quantity = EXCLUDED.quantity,
                version = EXCLUDED.version, file_data = EXCLUDED.file_data,
                last_sequence = coalesce(EXCLUDED.last_sequence, d.last_sequence), last_event_type = EXCLUDED.last_event_type,
                updated_at = now()
            """,
            e.IngestId, f.ProjectCode, f.ClientCode, f.OriginalFilename, f.StoredFilename,
            f.FilePath, f.FileType, f.FileSize, status, failureReason, f.ConfidenceScore, f.PartName, f.Material, f.ThicknessMm, f.Quantity,
            f.Version, new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = e.FileDataJson }, e.Sequence, e.EventType);
    }

    /// <summary>Marks the row deleted (soft; hard_deleted says Module N removed the file itself).</summary>
    public static NpgsqlBatchCommand MarkDeleted(ModuleNEvent e) =>
        LaserOsTransaction.Statement(
            """
            UPDATE laser_os.design_files
            SET is_deleted = true, hard_deleted = hard_deleted OR $1, deleted_at = coalesce(deleted_at, $2), status = 'deleted',
                last_sequence = coalesce($3, last_sequence), last_event_type = $4, updated_at = now()
            WHERE ingest_id = $5
            """,
            e.HardDelete, e.Timestamp, e.Sequence, e.EventType, e.IngestId);
}
