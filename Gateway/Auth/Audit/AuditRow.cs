namespace LaserGrains.Gateway.Auth.Audit;

/// <summary>One lg_audit row to add; <see cref="Detail"/> is already JSON.</summary>
public sealed record AuditRow(DateTimeOffset At, string Actor, string Action, string? Target, int Outcome, string? Remote, string? Detail);
