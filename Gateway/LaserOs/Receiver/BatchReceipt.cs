namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>The 200 answer to a batch: one receipt per entry, in the batch's order.</summary>
public sealed record BatchReceipt(string WebhookId, IReadOnlyList<EventReceipt> Results);
