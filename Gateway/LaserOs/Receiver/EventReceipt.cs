namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>The 200 answer to a delivery: handled, duplicate or stale, and what happened.</summary>
public sealed record EventReceipt(string Status, string WebhookId, string EventType, long IngestId, string Message);
