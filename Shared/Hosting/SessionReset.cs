using System.Data.Common;
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
        // The generic builder holds only the keys the string names (Npgsql's own answers for every key it knows).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("No Reset On Close") || given.ContainsKey("NoResetOnClose")) return connectionString;
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        return builder.ConnectionString;
    }
}
