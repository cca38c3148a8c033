using System.Data.Common;
using Npgsql;

namespace LaserGrains.Shared.Hosting;

/// <summary>
/// The pool settings every data source and Orleans provider gets unless the connection string names them itself:
/// no <c>DISCARD ALL</c> on each reuse of a pooled connection (a transaction of its own: half of all transactions per
/// ingested file before), and automatic preparation of the statements a connection runs again and again (PostgreSQL
/// otherwise parses and plans every one of them each time). A prepared statement keeps PostgreSQL's own plan choice:
/// planned for its parameters for its first runs, then the cached generic plan when that is not costlier. Planning
/// every run instead was a third of PostgreSQL's CPU per file; a generic plan made while a table was small is made
/// again when autovacuum analyses the table, which the project's cluster does within seconds (deploy/pg.sh).
/// </summary>
public static class ConnectionTuning
{
    /// <summary>Statements each connection keeps prepared (the most used ones; the rest are parsed each time).</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>Runs of a statement on one connection before it is prepared.</summary>
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        // The generic builder holds only the keys the string names (Npgsql's own answers for every key it knows).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = true;
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            if (!Names(given, "Auto Prepare Min Usages", "AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        return builder.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
