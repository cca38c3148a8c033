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
        // A PostgresException rebuilt on this side of the Orleans wire may have lost its SqlState; its text still names it.
        PostgresException { SqlState: { } state } => IsUnavailableState(state),
        PostgresException pg => MentionsOutage(pg.Message),
        // Grain storage flattens the cause into its message ("Exc level 0: Npgsql.PostgresException: 57P01: …").
        OrleansException orleans when MentionsOutage(orleans.Message) => true,
        NpgsqlException => true, // not a PostgresException: the connection itself failed (refused, reset, timed out)
        SocketException or TimeoutException => true,
        SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException => true,
        // An exception type the gateway could not rebuild after a grain threw it; its name survives.
        Orleans.Serialization.UnavailableExceptionFallbackException fallback => fallback.ExceptionType?.StartsWith("Npgsql.", StringComparison.Ordinal) == true,
        Orleans.Serialization.CodecNotFoundException codec => codec.Message.Contains("Npgsql.", StringComparison.Ordinal),
        _ => false,
    };

    private static bool IsUnavailableState(string state) => state.StartsWith("08", StringComparison.Ordinal) || UnavailableStates.Contains(state);

    private static bool MentionsOutage(string message)
    {
        const string marker = "PostgresException: ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        var text = at >= 0 ? message[(at + marker.Length)..] : message;
        return text.Length >= 5 && text.AsSpan(5).StartsWith(":") && IsUnavailableState(text[..5]);
    }
}
