using System.Data.Common;
using Npgsql;

namespace LaserGrains.Shared.Hosting;

/// <summary>
/// The pool settings every data source and Orleans provider gets unless the connection string names them itself:
/// no <c>DISCARD ALL</c> on each reuse of a pooled connection (a transaction of its own: half of all transactions per
/// ingested file before), and automatic preparation of the statements a connection runs again and again (PostgreSQL
/// otherwise parses every one of them each time), each planned for its own parameters and the tables' present size
/// (<c>plan_cache_mode=force_custom_plan</c>): a generic plan cached while a table was small kept scanning it whole as
/// it grew, 10 to 60 times slower per statement on a new database until the next ANALYZE.
/// </summary>
public static class ConnectionTuning
{
    /// <summary>Statements each connection keeps prepared (the most used ones; the rest are parsed each time).</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>Runs of a statement on one connection before it is prepared.</summary>
    public const int AutoPrepareMinUsages = 2;

    /// <summary>Sent as the session's start-up options: prepared statements are planned again on every run.</summary>
    public const string PlanEveryRun = "-c plan_cache_mode=force_custom_plan";

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
            if (!Names(given, "Options")) builder.Options = PlanEveryRun;
        }

        return builder.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
