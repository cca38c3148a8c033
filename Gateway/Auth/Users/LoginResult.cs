namespace LaserGrains.Gateway.Auth.Users;

/// <summary>How a login ended.</summary>
public enum LoginOutcome
{
    Success,
    Invalid,
    Locked,
}

/// <summary>A login's outcome and the account it named, when there is one.</summary>
public sealed record LoginResult(Account? Account, LoginOutcome Outcome);
