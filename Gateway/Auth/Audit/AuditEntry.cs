namespace LaserGrains.Gateway.Auth.Audit;

/// <summary>One audited change: who (actor), what (action and target), with what outcome (HTTP status), from where, when.</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string Actor, string Action, string? Target, int Outcome, string? Remote, IReadOnlyDictionary<string, string>? Detail);
