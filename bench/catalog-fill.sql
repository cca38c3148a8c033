-- :rows realistic catalog rows (default 1,000,000; attributes drawn independently from hashes of the row number): 200 clients, ~10 projects each, parts, materials,
-- thicknesses, kinds and statuses in shop-like proportions, two years of upload dates whatever the count. Used by bench/catalog-search.sh on a throw-away database.
\if :{?rows}
\else
\set rows 1000000
\endif
WITH parts(names) AS (SELECT ARRAY['Bracket','Gusset','Flange','Base Plate','Cover','Hinge','Rib','Tab','Shim','Lug',
        'Mounting Plate','Side Panel','Door','Frame Rail','Spacer','Washer','Clip','Bezel','Gear','Sign Letter']),
     mats(codes, names) AS (SELECT ARRAY['MS','MS','MS','SS','SS','AL','AL','GALV','BR','CU'],
        ARRAY['Mild Steel','Mild Steel','Mild Steel','Stainless Steel','Stainless Steel','Aluminium','Aluminium','Galvanised Steel','Brass','Copper']),
     thk(v) AS (SELECT ARRAY[0.9,1.2,1.5,2,3,4,5,6,8,10,12,16,20]::float8[]),
     kinds(v) AS (SELECT ARRAY['dxf_ascii','dxf_ascii','dxf_ascii','dxf_ascii','dxf_binary','pdf','pdf','xlsx','light_burn','svg','png','jpeg']),
     rows AS (
        SELECT g AS id,
               format('CL%s', lpad((1 + (abs(hashtext(g::text || '/7919')) % 200))::text, 4, '0')) AS client,
               (1 + (abs(hashtext(g::text || '/104729')) % 10)) AS seq,
               (1 + (abs(hashtext(g::text || '/31')) % 24)) AS month_index,
               (SELECT names[1 + (abs(hashtext(g::text || '/13')) % 20)] FROM parts) AS part,
               1 + (abs(hashtext(g::text || '/17')) % 10) AS m,
               (SELECT v[1 + (abs(hashtext(g::text || '/23')) % 13)] FROM thk) AS thickness,
               (SELECT v[1 + (abs(hashtext(g::text || '/29')) % 12)] FROM kinds) AS kind,
               CASE WHEN g % 50 = 0 THEN 'failed' WHEN g % 97 = 0 THEN 'deleted' ELSE 'completed' END AS status,
               timestamptz '2024-11-01' + (g * (interval '63100000 seconds' / :rows)) AS created,
               1 + (abs(hashtext(g::text || '/7')) % 50) AS qty,
               1 + (abs(hashtext(g::text || '/3')) % 4) AS version
        FROM generate_series(1, :rows) g)
INSERT INTO lg_files (ingest_id, revision, original_filename, stored_filename, file_path, kind, file_size, sha256, status,
    client_code, project_code, part_name, material, material_code, thickness_mm, quantity, version, confidence_score,
    created_at, processed_at, updated_at, record, search_text)
SELECT id, 3,
       r.part || ' ' || r.thickness || 'mm.' || split_part(r.kind, '_', 1),
       stored, r.client || '/' || project || '/' || stored,
       r.kind, 2000 + (id::bigint * 7703) % 5000000, lpad(to_hex(id), 64, '0'), r.status,
       r.client, project, r.part, (SELECT names[r.m] FROM mats), (SELECT codes[r.m] FROM mats), r.thickness, r.qty, r.version, 0.85,
       r.created, r.created + interval '2 seconds', r.created + interval '2 seconds',
       jsonb_build_object('ingest_id', id, 'original_filename', r.part || '.dxf', 'stored_filename', stored, 'client_code', r.client,
           'project_code', project, 'part_name', r.part, 'material_code', (SELECT codes[r.m] FROM mats), 'thickness_mm', r.thickness,
           'quantity', r.qty, 'version', r.version, 'status', r.status, 'kind', r.kind,
           'geometry', jsonb_build_object('units', 'mm', 'cut_length_mm', 1200 + id % 5000, 'pierces', 1 + id % 30,
               'layers', jsonb_build_array('0', 'CUT', 'ETCH')),
           'created_at', r.created),
       'drawing ' || r.part || ' revision ' || chr(65 + id % 5) || ' customer order ' || (id % 9000)
FROM rows r,
     LATERAL (SELECT format('JB-%s-%s-%s-%s', 2024 + (r.month_index + 10) / 12, lpad((1 + (r.month_index + 10) % 12)::text, 2, '0'),
                            r.client, lpad(r.seq::text, 3, '0')) AS project) p,
     LATERAL (SELECT format('%s-%s-%s-%s-%smm-x%s-v%s.%s', r.client, p.project, replace(r.part, ' ', '_'),
                            (SELECT codes[r.m] FROM mats), r.thickness, r.qty, r.version, split_part(r.kind, '_', 1)) AS stored) s;
-- A steady-state table has been vacuumed (visibility map set), as autovacuum does after a bulk load.
VACUUM ANALYZE lg_files;
