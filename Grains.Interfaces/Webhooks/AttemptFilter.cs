namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>Which attempts to list: by result (null: both) and by their delivery's event type (null: any).</summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-attempt-filter")]
public sealed record AttemptFilter([property: Id(0)] bool? Succeeded, [property: Id(1)] string? EventType)
{
    /// <summary>Every attempt.</summary>
    public static AttemptFilter None { get; } = new(null, null);
}
