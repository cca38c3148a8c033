namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>One row for the Laser OS activity log.</summary>
public sealed record ActivityEntry(string? ProjectCode, long? IngestId, string? WebhookId, string Action, string Message);
