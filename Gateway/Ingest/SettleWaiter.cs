using LaserGrains.Gateway.Hosting;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.Extensions.Options;
using ClientMessagingOptions = Orleans.Configuration.ClientMessagingOptions;

namespace LaserGrains.Gateway.Ingest;

/// <summary>
/// The gateway's bounded wait for a file's accepted work: LG_INGEST_WAIT_SECONDS in all, in grain calls of at most half
/// Orleans' response timeout, so a slow extraction ends in 202 with a status URL, never in a timed-out call.
/// </summary>
public sealed class SettleWaiter(IOptions<GatewayOptions> options, IOptions<ClientMessagingOptions> messaging, TimeProvider time)
{
    /// <summary>The whole wait a request may spend, from its start.</summary>
    public TimeSpan Bound => TimeSpan.FromSeconds(options.Value.IngestWaitSeconds);

    public Task<FileProgress> WaitAsync(IFileGrain grain, FileProgress accepted, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        grain.WaitSettledAsync(accepted, deadline - time.GetUtcNow(), messaging.Value.ResponseTimeout / 2, time, cancellationToken);

    public DateTimeOffset DeadlineFromNow() => time.GetUtcNow() + Bound;
}
