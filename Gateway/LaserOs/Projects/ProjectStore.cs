using LaserGrains.Gateway.LaserOs.Handling;
using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Projects;

/// <summary>Creates projects; a new project adopts the unassigned design files that carry its code, in the same transaction.</summary>
public sealed class ProjectStore(NpgsqlDataSource dataSource)
{
    /// <summary>The created project, or null when the code is taken.</summary>
    public async Task<CreatedProjectJson?> CreateAsync(string code, string name, string? clientCode, CancellationToken cancellationToken)
    {
        await using var tx = await LaserOsTransaction.BeginAsync(dataSource, cancellationToken);
        // The same lock the event handlers take: a file stored at this moment is either seen here or sees the project.
        await tx.LockProjectAsync(code);
        long id;
        DateTimeOffset createdAt;
        await using (var insert = tx.Command(
            "INSERT INTO laser_os.projects (code, name, client_code) VALUES (@code, @name, @client) ON CONFLICT (code) DO NOTHING RETURNING id, created_at",
            ("code", code), ("name", name), ("client", clientCode)))
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            (id, createdAt) = (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1));
        }

        var attached = new List<long>();
        await using (var attach = tx.Command(
            "UPDATE laser_os.design_files SET project_id = @id, updated_at = now() WHERE project_id IS NULL AND project_code = @code RETURNING ingest_id",
            ("id", id), ("code", code)))
        await using (var reader = await attach.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) attached.Add(reader.GetInt64(0));
        }

        attached.Sort();
        var message = attached.Count == 0
            ? $"Project {code} created."
            : $"Project {code} created; {attached.Count} unassigned design file(s) attached: {string.Join(", ", attached)}.";
        await ActivityLog.AddAsync(tx, code, null, null, "project.created", message);
        await tx.CommitAsync();
        var live = await CountLiveAsync(id, cancellationToken);
        return new CreatedProjectJson(new ProjectJson(id, code, name, clientCode, createdAt, live), attached);
    }

    private async Task<long> CountLiveAsync(long projectId, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT count(*) FROM laser_os.design_files WHERE project_id = $1 AND NOT is_deleted");
        cmd.Parameters.AddWithValue(projectId);
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }
}
