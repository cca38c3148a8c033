namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>The result of one HTTP attempt: status (null when no answer), duration, first 1 KB of the body, error text.</summary>
public sealed record AttemptOutcome(
    DateTimeOffset AttemptedAt,
    int? StatusCode,
    TimeSpan Duration,
    string? ResponseBody,
    string? Error,
    TimeSpan? RetryAfter)
{
    /// <summary>2xx only; 3xx, 4xx, 5xx, timeouts and connection errors are failures.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>410 Gone: the receiver asks us to stop sending to this endpoint.</summary>
    public bool Gone => StatusCode == 410;
}
