using LaserGrains.Gateway.LaserOs.Events;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>A verified delivery waiting for the receiver's next transaction.</summary>
public sealed record ReceivedEvent(string WebhookId, ModuleNEvent Event);
