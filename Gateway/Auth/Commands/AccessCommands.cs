using LaserGrains.Gateway.Auth.Access;
using LaserGrains.Gateway.Auth.Audit;
using LaserGrains.Gateway.Auth.Keys;
using LaserGrains.Gateway.Auth.Users;
using Npgsql;

namespace LaserGrains.Gateway.Auth.Commands;

/// <summary>The gateway's commands behind deploy/keys.sh and deploy/users.sh, using the same stores as the API.</summary>
/// <remarks>Each prints only the new secret on stdout (so scripts can capture it) and messages on stderr.</remarks>
public static class AccessCommands
{
    public const string Usage = "usage: keys create NAME ROLE | users create-admin NAME | users create NAME ROLE";

    /// <summary>True when <paramref name="args"/> name one of these commands.</summary>
    public static bool Handles(string[] args) => args is ["keys", ..] or ["users", ..];

    public static async Task<int> RunAsync(string[] args, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(args);
        await using var db = NpgsqlDataSource.Create(connectionString);
        var time = TimeProvider.System;
        switch (args)
        {
            case ["keys", "create", var name, var roleText] when RoleNames.TryParse(roleText, out var role) && name.Length is > 0 and <= 100:
                var (key, secret) = await new PostgresApiKeyStore(db, time).CreateAsync(name, role, "command", CancellationToken.None);
                await AuditAsync(db, time, "keys create", $"id={key.Id}");
                Console.WriteLine(secret);
                return 0;
            case ["users", "create-admin", var user]:
                return await CreateUserAsync(db, time, user, Role.Admin);
            case ["users", "create", var user, var roleText] when RoleNames.TryParse(roleText, out var role):
                return await CreateUserAsync(db, time, user, role);
            default:
                await Console.Error.WriteLineAsync(Usage + " (ROLE: viewer, operator or admin)");
                return 2;
        }
    }

    private static async Task<int> CreateUserAsync(NpgsqlDataSource db, TimeProvider time, string user, Role role)
    {
        var accounts = new AccountService(new PostgresAccountStore(db), time);
        var (account, password, problem) = await accounts.CreateAsync(user, null, role, CancellationToken.None);
        if (account is null)
        {
            await Console.Error.WriteLineAsync($"lasergrains-gateway: {problem}");
            return 1;
        }

        await AuditAsync(db, time, "users create", $"id={account.Id}");
        Console.WriteLine(password);
        return 0;
    }

    // The commands change access like the API does, so they leave the same trace (with no remote address).
    private static Task AuditAsync(NpgsqlDataSource db, TimeProvider time, string action, string target) =>
        new PostgresAuditLog(db, time).WriteAsync("command:" + Environment.UserName, action, target, 0, null, null, CancellationToken.None);
}
