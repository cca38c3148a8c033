using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Grains.Webhooks.Storage;
using Orleans.Concurrency;

namespace LaserGrains.Grains.Webhooks;

/// <summary>
/// Serves the delivery log to the gateway from the silo that owns the tables' code; a stateless worker, so reads run on
/// the local silo and never queue behind a dispatcher's delivery work.
/// </summary>
[StatelessWorker, Reentrant]
public sealed class WebhookDeliveryLogGrain(WebhookDeliveryReader reader) : Grain, IWebhookDeliveryLogGrain
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 1000;

    public Task<DeadLetterPage> DeadLettersAsync(string subscriptionId, DeadLetterPosition? after, int limit) =>
        reader.DeadLettersAsync(subscriptionId, after, Checked(limit));

    public Task<AttemptPage> AttemptsAsync(string subscriptionId, long? before, int limit) =>
        reader.AttemptsAsync(subscriptionId, AttemptFilter.None, before, Checked(limit));

    public Task<AttemptPage> AttemptsAsync(string subscriptionId, AttemptFilter filter, long? before, int limit) =>
        reader.AttemptsAsync(subscriptionId, filter ?? AttemptFilter.None, before, Checked(limit));

    public Task<FileDeliveries> ForFileAsync(long ingestId) => reader.ForFileAsync(ingestId);

    private static int Checked(int limit) =>
        limit is >= 1 and <= MaxLimit ? limit : throw new ArgumentOutOfRangeException(nameof(limit), limit, $"limit must be between 1 and {MaxLimit}.");
}
