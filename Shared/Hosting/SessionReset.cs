using Npgsql;

namespace LaserGrains.Shared.Hosting;

/// <summary>
/// Turns off Npgsql's DISCARD ALL on every pooled connection's reuse unless the connection string asks for it. Nothing
/// here keeps session state (no SET, LISTEN, temporary tables, session advisory locks or named prepared statements; a
/// transaction left open is still rolled back on return to the pool), and the reset cost PostgreSQL one extra
/// transaction per connection use: about half of all its transactions per ingested file.
/// </summary>
public static class SessionReset
{
    public static string Off(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.ContainsKey("No Reset On Close")) return connectionString;
        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
