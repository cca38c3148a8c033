namespace LaserGrains.Gateway.LaserOs.Events;

/// <summary>One entry of a batch: the id that dedupes it (what its webhook-id would have been alone) and the event.</summary>
public sealed record BatchedEvent(string Id, ModuleNEvent Event);
