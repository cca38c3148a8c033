using LaserGrains.Gateway.Auth.Access;

namespace LaserGrains.Gateway.Auth.Users;

/// <summary>The one owner of table lg_users.</summary>
public interface IAccountStore
{
    /// <summary>The new account, or null when the user name is taken (names compare without case).</summary>
    Task<Account?> CreateAsync(string userName, string passwordHash, Role role, CancellationToken cancellationToken);

    Task<Account?> FindByNameAsync(string userName, CancellationToken cancellationToken);

    Task<Account?> FindByIdAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Counts a failed login at <paramref name="now"/>; from the <paramref name="maxFailures"/>th in a row the account is locked until <paramref name="lockUntil"/>.</summary>
    Task RecordFailureAsync(long id, int maxFailures, DateTimeOffset now, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    Task ResetFailuresAsync(long id, CancellationToken cancellationToken);

    /// <summary>Replaces the password hash and the session stamp (ending every session), and unlocks.</summary>
    Task SetPasswordAsync(long id, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Deletes an account, unless it is the last admin account (the shop would lose every way to manage access).</summary>
    Task<AccountDeletion> DeleteAsync(long id, CancellationToken cancellationToken);
}

/// <summary>What a deletion did.</summary>
public enum AccountDeletion
{
    Deleted,
    NotFound,
    LastAdmin,
}
