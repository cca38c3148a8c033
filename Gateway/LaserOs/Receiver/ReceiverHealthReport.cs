namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>GET /webhooks/module-n/health: database reachability and how far behind the receiver is.</summary>
public sealed record ReceiverHealthReport(
    string Status,
    bool Database,
    bool SecretsConfigured,
    DateTimeOffset? LastEventHandledAt,
    string? LastEventType,
    // Time since the last event was handled.
    double? SecondsSinceLastEvent,
    // How long after its event time the last event was handled: the delivery delay.
    double? LastEventDelaySeconds,
    string? Problem);
