using System.Net.Sockets;
using Npgsql;

namespace LaserGrains.Gateway.Errors;

/// <summary>Decides whether an exception means "the database, the storage or the cluster cannot be reached right now".</summary>
public static class Unavailability
{
    // PostgreSQL SQLSTATE classes that say the server is going away or not taking connections, not that the query is wrong.
    private static readonly string[] UnavailableStates = ["57P01", "57P02", "57P03", "53300"];

    /// <summary>True when <paramref name="exception"/> or anything it wraps is an outage, not a bug or a bad request.</summary>
    public static bool Is(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 16; depth++)
        {
            if (IsOne(exception)) return true;
            if (exception is AggregateException { InnerExceptions.Count: > 0 } many && many.InnerExceptions.Any(Is)) return true;
            exception = exception.InnerException;
        }

        return false;
    }

    private static bool IsOne(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || UnavailableStates.Contains(pg.SqlState),
        NpgsqlException => true, // not a PostgresException: the connection itself failed (refused, reset, timed out)
        SocketException or TimeoutException => true,
        SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException => true,
        // An exception type the gateway could not rebuild after a grain threw it; its name survives.
        Orleans.Serialization.UnavailableExceptionFallbackException fallback => fallback.ExceptionType?.StartsWith("Npgsql.", StringComparison.Ordinal) == true,
        Orleans.Serialization.CodecNotFoundException codec => codec.Message.Contains("Npgsql.", StringComparison.Ordinal),
        _ => false,
    };
}
