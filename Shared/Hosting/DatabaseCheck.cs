using Npgsql;

namespace LaserGrains.Shared.Hosting;

/// <summary>Start-up check of the database: one clear sentence instead of a stack trace when it is unusable.</summary>
public static class DatabaseCheck
{
    /// <summary>Null when the database is reachable and has the schema; otherwise what is wrong.</summary>
    public static async Task<string?> ProblemAsync(string? connectionString, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "no database connection string: set LG_DB (see README, Settings).";
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 };
        }
        catch (ArgumentException ex)
        {
            return $"the database connection string in LG_DB is malformed: {ex.Message}";
        }

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand("SELECT to_regclass('orleansquery') IS NOT NULL AND to_regclass('lg_files') IS NOT NULL", connection);
            var hasSchema = (bool)(await cmd.ExecuteScalarAsync(cancellationToken))!;
            return hasSchema ? null : $"database '{builder.Database}' has no LaserGrains schema: run deploy/migrate.sh.";
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return $"cannot reach the database at {builder.Host}:{builder.Port} ({builder.Database}): {ex.Message}";
        }
    }
}
