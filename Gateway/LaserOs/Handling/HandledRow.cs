using LaserGrains.Gateway.LaserOs.Events;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>A webhook-id to record as handled, with its final outcome (handled or stale).</summary>
public sealed record HandledRow(string WebhookId, ModuleNEvent Event, string Outcome);
