namespace LaserGrains.Gateway.LaserOs.Events;

/// <summary>Either a readable event or the reason it is not, for a 400 answer.</summary>
public sealed record EventParseResult(ModuleNEvent? Event, string? Title, string? Problem)
{
    public static EventParseResult Ok(ModuleNEvent e) => new(e, null, null);

    public static EventParseResult Invalid(string problem) => new(null, "Invalid event", problem);

    public static EventParseResult UnknownType(string problem) => new(null, "Unknown event type", problem);
}
