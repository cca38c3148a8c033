using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Identity;

namespace LaserGrains.Gateway.Auth.Users;

/// <summary>Accounts' rules: names, password length, hashing with Identity's <see cref="PasswordHasher{TUser}"/>, lockout.</summary>
public sealed partial class AccountService(IAccountStore store, TimeProvider time)
{
    /// <summary>Failed logins in a row that lock an account.</summary>
    public const int MaxFailures = 5;

    public const int MinPasswordLength = 12;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<Account> Hasher = new();

    // Hashed when the name is unknown, so an unknown name takes as long to refuse as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(null!, "not a password of anyone");

    /// <summary>Creates an account; a null password gets a generated one. The answer carries the password, to be shown once.</summary>
    public async Task<(Account? Account, string Password, string? Problem)> CreateAsync(
        string userName, string? password, Role role, CancellationToken cancellationToken)
    {
        if (NameProblem(userName) is { } nameProblem) return (null, "", nameProblem);
        password ??= Generate();
        if (PasswordProblem(password) is { } passwordProblem) return (null, "", passwordProblem);
        var account = await store.CreateAsync(userName, Hasher.HashPassword(null!, password), role, cancellationToken);
        return account is null ? (null, "", $"User name '{userName}' is taken.") : (account, password, null);
    }

    /// <summary>Checks a login; counts failures and locks the account after <see cref="MaxFailures"/> in a row.</summary>
    public async Task<LoginResult> LoginAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var account = await store.FindByNameAsync(userName, cancellationToken);
        if (account is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password);
            return new LoginResult(null, LoginOutcome.Invalid);
        }

        var now = time.GetUtcNow();
        if (account.LockedUntil > now) return new LoginResult(account, LoginOutcome.Locked);
        var verdict = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await store.RecordFailureAsync(account.Id, MaxFailures, now, now + LockoutTime, cancellationToken);
            return new LoginResult(account, LoginOutcome.Invalid);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.SetPasswordAsync(account.Id, Hasher.HashPassword(account, password), cancellationToken);
            account = await store.FindByIdAsync(account.Id, cancellationToken) ?? account;
        }
        else
        {
            await store.ResetFailuresAsync(account.Id, cancellationToken);
        }

        return new LoginResult(account, LoginOutcome.Success);
    }

    /// <summary>Changes a password after checking the current one; null on success, else what is wrong.</summary>
    public async Task<string?> ChangePasswordAsync(long id, string current, string next, CancellationToken cancellationToken)
    {
        if (await store.FindByIdAsync(id, cancellationToken) is not { } account) return "The account no longer exists.";
        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            return "The current password is not right.";
        }

        if (PasswordProblem(next) is { } problem) return problem;
        await store.SetPasswordAsync(id, Hasher.HashPassword(account, next), cancellationToken);
        return null;
    }

    public static string? NameProblem(string? userName) =>
        userName is not null && NamePattern().IsMatch(userName)
            ? null
            : "A user name has 1 to 100 letters, digits, '.', '_', '-' or '@'.";

    public static string? PasswordProblem(string? password) =>
        password is { Length: >= MinPasswordLength and <= 200 }
            ? null
            : $"A password has {MinPasswordLength} to 200 characters.";

    /// <summary>A random password of 20 URL-safe characters (120 bits).</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,100}$")]
    private static partial Regex NamePattern();
}
