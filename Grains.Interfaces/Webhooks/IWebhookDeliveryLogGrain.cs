namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>
/// The read side of the delivery queue for operators (key 0, a stateless worker on every silo): dead letters, attempts and
/// a file's deliveries, keyset-paged so no list is capped. Only the dispatchers write these rows.
/// </summary>
[Alias("lg.webhook-delivery-log")]
public interface IWebhookDeliveryLogGrain : IGrainWithIntegerKey
{
    /// <summary>Dead letters of a subscription after <paramref name="after"/> (null: from the oldest), at most <paramref name="limit"/> (1–1000).</summary>
    [Alias("dead-letters")]
    Task<DeadLetterPage> DeadLettersAsync(string subscriptionId, DeadLetterPosition? after, int limit);

    /// <summary>Attempts of a subscription with ids below <paramref name="before"/> (null: from the newest), at most <paramref name="limit"/> (1–1000).</summary>
    [Alias("attempts")]
    Task<AttemptPage> AttemptsAsync(string subscriptionId, long? before, int limit);

    /// <summary>As <see cref="AttemptsAsync(string, long?, int)"/>, only the attempts <paramref name="filter"/> admits; pages stay full.</summary>
    [Alias("attempts-filtered")]
    Task<AttemptPage> AttemptsAsync(string subscriptionId, AttemptFilter filter, long? before, int limit);

    /// <summary>Every delivery and attempt of one file.</summary>
    [Alias("file")]
    Task<FileDeliveries> ForFileAsync(long ingestId);
}
