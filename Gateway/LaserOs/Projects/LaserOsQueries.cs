using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Projects;

/// <summary>Read side of the laser_os schema: projects, their design files and activity, unassigned files.</summary>
public sealed class LaserOsQueries(NpgsqlDataSource dataSource)
{
    private const string FileColumns =
        """
        ingest_id, project_code, project_id IS NOT NULL, client_code, original_filename, stored_filename, file_path, file_type,
        file_size, status, failure_reason, confidence_score, part_name, material, thickness_mm, quantity, version, last_sequence,
        last_event_type, is_deleted, hard_deleted, deleted_at, created_at, updated_at
        """;

    private const string ProjectSelect =
        """
        SELECT p.id, p.code, p.name, p.client_code, p.created_at,
               (SELECT count(*) FROM laser_os.design_files d WHERE d.project_id = p.id AND NOT d.is_deleted)
        FROM laser_os.projects p
        """;

    public Task<List<ProjectJson>> ProjectsAsync(CancellationToken cancellationToken) =>
        ListAsync(ProjectSelect + " ORDER BY p.created_at DESC, p.id DESC", ReadProject, cancellationToken);

    public async Task<ProjectJson?> ProjectAsync(string code, CancellationToken cancellationToken) =>
        (await ListAsync(ProjectSelect + " WHERE p.code = $1", ReadProject, cancellationToken, code)).SingleOrDefault();

    public Task<List<DesignFileJson>> DesignFilesAsync(string code, bool includeDeleted, CancellationToken cancellationToken) => ListAsync(
        $"""
        SELECT {FileColumns} FROM laser_os.design_files
        WHERE project_id = (SELECT id FROM laser_os.projects WHERE code = $1) AND (NOT is_deleted OR $2)
        ORDER BY ingest_id
        """,
        ReadFile, cancellationToken, code, includeDeleted);

    public Task<List<DesignFileJson>> UnassignedAsync(CancellationToken cancellationToken) => ListAsync(
        $"SELECT {FileColumns} FROM laser_os.design_files WHERE project_id IS NULL AND NOT is_deleted ORDER BY ingest_id",
        ReadFile, cancellationToken);

    public Task<List<ActivityJson>> ActivityAsync(string code, int limit, CancellationToken cancellationToken) => ListAsync(
        "SELECT id, project_code, ingest_id, webhook_id, action, message, created_at FROM laser_os.activity_log WHERE project_code = $1 ORDER BY id DESC LIMIT $2",
        r => new ActivityJson(r.GetInt64(0), Text(r, 1), r.IsDBNull(2) ? null : r.GetInt64(2), Text(r, 3), r.GetString(4), r.GetString(5), r.GetFieldValue<DateTimeOffset>(6)),
        cancellationToken, code, limit);

    private static ProjectJson ReadProject(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), Text(r, 3), r.GetFieldValue<DateTimeOffset>(4), r.GetInt64(5));

    private static DesignFileJson ReadFile(NpgsqlDataReader r) => new(
        r.GetInt64(0), Text(r, 1), r.GetBoolean(2), Text(r, 3), r.GetString(4), Text(r, 5), Text(r, 6), Text(r, 7),
        Nullable<long>(r, 8), r.GetString(9), Text(r, 10), Nullable<double>(r, 11), Text(r, 12), Text(r, 13),
        Nullable<double>(r, 14), Nullable<int>(r, 15), Nullable<int>(r, 16), Nullable<long>(r, 17), r.GetString(18),
        r.GetBoolean(19), r.GetBoolean(20), r.IsDBNull(21) ? null : r.GetFieldValue<DateTimeOffset>(21),
        r.GetFieldValue<DateTimeOffset>(22), r.GetFieldValue<DateTimeOffset>(23));

    private async Task<List<T>> ListAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        foreach (var p in parameters) cmd.Parameters.AddWithValue(p);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) items.Add(read(reader));
        return items;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static T? Nullable<T>(NpgsqlDataReader r, int i) where T : struct => r.IsDBNull(i) ? null : r.GetFieldValue<T>(i);
}
