namespace LaserGrains.Gateway.LaserOs.Events;

/// <summary>Either every event of a batch or the reason the batch is refused as a whole, for a 400 answer.</summary>
public sealed record BatchParseResult(IReadOnlyList<BatchedEvent>? Events, string? Title, string? Problem)
{
    public static BatchParseResult Ok(IReadOnlyList<BatchedEvent> events) => new(events, null, null);

    public static BatchParseResult Invalid(string problem) => new(null, "Invalid batch", problem);
}
