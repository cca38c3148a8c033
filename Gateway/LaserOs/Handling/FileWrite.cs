using LaserGrains.Gateway.LaserOs.Events;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>One change to a DesignFile row: an upsert with the event's file data, or marking the row deleted.</summary>
public sealed record FileWrite(ModuleNEvent Event, bool MarkDeleted, string? Status, string? FailureReason)
{
    public static FileWrite Upsert(ModuleNEvent e, string status, string? failureReason) => new(e, false, status, failureReason);

    public static FileWrite Delete(ModuleNEvent e) => new(e, true, null, null);
}
