namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>When to try again: the schedule's next delay with jitter, stretched by an honoured Retry-After.</summary>
public sealed class RetryPolicy(IReadOnlyList<TimeSpan> delays, double jitter, TimeSpan maxRetryAfter)
{
    /// <summary>How many attempts a delivery gets before it is dead-lettered.</summary>
    public int MaxAttempts => delays.Count;

    /// <summary>The delay before the first attempt (normally zero).</summary>
    public TimeSpan FirstDelay => delays[0];

    public static RetryPolicy From(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RetryPolicy(RetrySchedule.From(options), options.Jitter, options.MaxRetryAfter);
    }

    /// <summary>
    /// The wait after <paramref name="attemptsMade"/> failed attempts, or null when the schedule is exhausted.
    /// A Retry-After longer than the schedule wins, capped at the configured maximum so a receiver cannot park us for days.
    /// </summary>
    public TimeSpan? NextDelay(int attemptsMade, TimeSpan? retryAfter, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (attemptsMade >= delays.Count) return null;
        var scheduled = delays[attemptsMade];
        var factor = 1 + (jitter * ((2 * random.NextDouble()) - 1));
        var delay = TimeSpan.FromTicks((long)(scheduled.Ticks * factor));
        if (retryAfter is { } asked)
        {
            var bounded = asked < maxRetryAfter ? asked : maxRetryAfter;
            if (bounded > delay) delay = bounded;
        }

        return delay;
    }
}
