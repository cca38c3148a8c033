using LaserGrains.Gateway.Auth.Access;

namespace LaserGrains.Gateway.Auth.Users;

/// <summary>A staff account as stored: the password only as its hash.</summary>
public sealed record Account(
    long Id, string UserName, string PasswordHash, Role Role, int FailedLogins, DateTimeOffset? LockedUntil, Guid SessionStamp, DateTimeOffset CreatedAt);
