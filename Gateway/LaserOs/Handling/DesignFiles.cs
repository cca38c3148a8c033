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

    /// <summary>
    /// Creates or updates the rows of <paramref name="upserts"/> (each a different file) in one statement; project_id is the
    /// project with the file's code, when there is one.
    /// </summary>
    public static NpgsqlBatchCommand Upsert(IReadOnlyList<FileWrite> upserts)
    {
        T?[] Column<T>(Func<FileWrite, T?> value) => upserts.Select(value).ToArray();
        return LaserOsTransaction.Statement(
            """
            INSERT INTO laser_os.design_files AS d (ingest_id, project_id, project_code, client_code, original_filename, stored_filename,
                file_path, file_type, file_size, status, failure_reason, confidence_score, part_name, material, thickness_mm, quantity,
                version, file_data, last_sequence, last_event_type)
            SELECT u.ingest_id, (SELECT id FROM laser_os.projects WHERE code = u.project_code), u.project_code, u.client_code,
                u.original_filename, u.stored_filename, u.file_path, u.file_type, u.file_size, u.status, u.failure_reason,
                u.confidence_score, u.part_name, u.material, u.thickness_mm, u.quantity, u.version, u.file_data, u.last_sequence,
                u.last_event_type
            FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[],
                $10::text[], $11::double precision[], $12::text[], $13::text[], $14::double precision[], $15::integer[], $16::integer[],
                $17::jsonb[], $18::bigint[], $19::text[])
                AS u(ingest_id, project_code, client_code, original_filename, stored_filename, file_path, file_type, file_size, status,
                    failure_reason, confidence_score, part_name, material, thickness_mm, quantity, version, file_data, last_sequence,
                    last_event_type)
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
            upserts.Select(w => w.Event.IngestId).ToArray(), Column(w => w.Event.File.ProjectCode), Column(w => w.Event.File.ClientCode),
            Column(w => w.Event.File.OriginalFilename), Column(w => w.Event.File.StoredFilename), Column(w => w.Event.File.FilePath),
            Column(w => w.Event.File.FileType), upserts.Select(w => w.Event.File.FileSize).ToArray(), Column(w => w.Status),
            Column(w => w.FailureReason), upserts.Select(w => w.Event.File.ConfidenceScore).ToArray(), Column(w => w.Event.File.PartName),
            Column(w => w.Event.File.Material), upserts.Select(w => w.Event.File.ThicknessMm).ToArray(), upserts.Select(w => w.Event.File.Quantity).ToArray(),
            upserts.Select(w => w.Event.File.Version).ToArray(),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb, Value = upserts.Select(w => w.Event.FileDataJson).ToArray() },
            upserts.Select(w => w.Event.Sequence).ToArray(), Column(w => w.Event.EventType));
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
