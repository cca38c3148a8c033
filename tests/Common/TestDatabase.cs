using Npgsql;

namespace LaserGrains.Tests.Common;

/// <summary>A throw-away PostgreSQL database with the project's schema applied from deploy/sql.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString) => (Name, ConnectionString) = (name, connectionString);

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "lgt_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(AdminConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var db = new TestDatabase(name, AdminConnectionString(name));
        await db.ApplySchemaAsync();
        return db;
    }

    /// <summary>Runs every deploy/sql script in order, each in its own transaction, as deploy/migrate.sh does.</summary>
    public async Task ApplySchemaAsync()
    {
        var scripts = Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "deploy", "sql"), "*.sql").Order(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var script in scripts)
        {
            await using var tx = await connection.BeginTransactionAsync();
            await using var cmd = new NpgsqlCommand(await File.ReadAllTextAsync(script), connection, tx);
            await cmd.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        }
    }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        var value = await cmd.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static string AdminConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.AdminConnectionString) { Database = database }.ConnectionString;
}
