using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>Is the receiver's database reachable, and how long ago was the last event handled.</summary>
public sealed class ReceiverHealth(NpgsqlDataSource dataSource, ReceiverVerifier verifier, TimeProvider time)
{
    public async Task<ReceiverHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand(
                "SELECT handled_at, event_type, event_time FROM laser_os.handled_events ORDER BY handled_at DESC LIMIT 1");
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return Report(true, null, null, null, null);

            var handledAt = reader.GetFieldValue<DateTimeOffset>(0);
            var eventTime = reader.GetFieldValue<DateTimeOffset>(2);
            return Report(true, handledAt, reader.GetString(1), (handledAt - eventTime).TotalSeconds, null);
        }
        catch (NpgsqlException ex)
        {
            return Report(false, null, null, null, $"database unreachable: {ex.Message}");
        }
    }

    private ReceiverHealthReport Report(bool database, DateTimeOffset? lastHandled, string? lastType, double? delay, string? problem) => new(
        database && verifier.Configured ? "healthy" : "unhealthy",
        database,
        verifier.Configured,
        lastHandled,
        lastType,
        lastHandled is { } at ? Math.Round((time.GetUtcNow() - at).TotalSeconds, 1) : null,
        delay is { } d ? Math.Round(d, 3) : null,
        problem ?? (verifier.Configured ? null : "no receiver secret configured (LG_RECEIVER_SECRETS)"));
}
