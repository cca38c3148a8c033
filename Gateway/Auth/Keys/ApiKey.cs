using LaserGrains.Gateway.Auth.Access;

namespace LaserGrains.Gateway.Auth.Keys;

/// <summary>An API key as stored: never the key itself, only its visible prefix.</summary>
public sealed record ApiKey(
    long Id, string Name, string Prefix, Role Role, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
