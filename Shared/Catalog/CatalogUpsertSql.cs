namespace LaserGrains.Shared.Catalog;

/// <summary>The multi-row upsert of lg_files: one array per column, a row only ever replaced by a higher revision.</summary>
internal static class CatalogUpsertSql
{
    public const string Upsert = """
        INSERT INTO lg_files (ingest_id, revision, original_filename, stored_filename, file_path, kind, file_size, sha256,
            status, client_code, project_code, part_name, material, material_code, thickness_mm, quantity, version,
            confidence_score, created_at, processed_at, updated_at, record, search_text)
        SELECT r.id, r.rev, r.orig, r.stored, r.path, r.kind, r.size, r.sha, r.status, r.client, r.project, r.part, r.material,
            r.material_code, r.thk, r.qty, r.version, r.confidence, r.created, r.processed, r.updated, r.record::jsonb, r.search
        FROM unnest(@ids::bigint[], @revs::bigint[], @origs::text[], @storeds::text[], @paths::text[], @kinds::text[],
            @sizes::bigint[], @shas::text[], @statuses::text[], @clients::text[], @projects::text[], @parts::text[],
            @materials::text[], @material_codes::text[], @thks::float8[], @qtys::int[], @versions::int[], @confidences::float8[],
            @createds::timestamptz[], @processeds::timestamptz[], @updateds::timestamptz[], @records::text[], @searches::text[])
            AS r(id, rev, orig, stored, path, kind, size, sha, status, client, project, part, material, material_code, thk,
                qty, version, confidence, created, processed, updated, record, search)
        ON CONFLICT (ingest_id) DO UPDATE SET
            revision = EXCLUDED.revision, original_filename = EXCLUDED.original_filename,
            stored_filename = EXCLUDED.stored_filename, file_path = EXCLUDED.file_path, kind = EXCLUDED.kind,
            file_size = EXCLUDED.file_size, sha256 = EXCLUDED.sha256, status = EXCLUDED.status,
            client_code = EXCLUDED.client_code, project_code = EXCLUDED.project_code, part_name = EXCLUDED.part_name,
            material = EXCLUDED.material, material_code = EXCLUDED.material_code, thickness_mm = EXCLUDED.thickness_mm,
            quantity = EXCLUDED.quantity, version = EXCLUDED.version, confidence_score = EXCLUDED.confidence_score,
            created_at = EXCLUDED.created_at, processed_at = EXCLUDED.processed_at, updated_at = EXCLUDED.updated_at,
            record = EXCLUDED.record, search_text = EXCLUDED.search_text
        WHERE lg_files.revision < EXCLUDED.revision
        """;
}
