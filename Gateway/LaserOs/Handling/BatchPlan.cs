namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// Everything one shared transaction writes, decided before any write: one outcome per event (in arrival order), the
/// webhook-ids to record, the DesignFile changes in arrival order and the activity rows in arrival order.
/// </summary>
public sealed record BatchPlan(
    IReadOnlyList<HandlingOutcome> Outcomes,
    IReadOnlyList<HandledRow> Handled,
    IReadOnlyList<FileWrite> FileWrites,
    IReadOnlyList<ActivityEntry> Activity);
