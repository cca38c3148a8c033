using LaserGrains.Gateway.Auth.Access;
using Npgsql;

namespace LaserGrains.Gateway.Auth.Users;

/// <summary>Staff accounts in PostgreSQL (lg_users).</summary>
public sealed class PostgresAccountStore(NpgsqlDataSource db) : IAccountStore
{
    private const string Columns = "id, user_name, password_hash, role, failed_logins, locked_until, session_stamp, created_at";

    public async Task<Account?> CreateAsync(string userName, string passwordHash, Role role, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            $"INSERT INTO lg_users (user_name, password_hash, role, session_stamp) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING {Columns}");
        cmd.Parameters.Add(new() { Value = userName });
        cmd.Parameters.Add(new() { Value = passwordHash });
        cmd.Parameters.Add(new() { Value = RoleNames.Name(role) });
        cmd.Parameters.Add(new() { Value = Guid.NewGuid() });
        return (await ReadAsync(cmd, cancellationToken)).FirstOrDefault();
    }

    public async Task<Account?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_users WHERE lower(user_name) = lower($1)");
        cmd.Parameters.Add(new() { Value = userName });
        return (await ReadAsync(cmd, cancellationToken)).FirstOrDefault();
    }

    public async Task<Account?> FindByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_users WHERE id = $1");
        cmd.Parameters.Add(new() { Value = id });
        return (await ReadAsync(cmd, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_users ORDER BY id");
        return await ReadAsync(cmd, cancellationToken);
    }

    public async Task RecordFailureAsync(long id, int maxFailures, DateTimeOffset now, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        // A lock that has run out starts the count again, so one more mistake does not lock at once.
        await using var cmd = db.CreateCommand(
            "UPDATE lg_users SET failed_logins = CASE WHEN locked_until <= $4 THEN 1 ELSE failed_logins + 1 END, " +
            "locked_until = CASE WHEN (CASE WHEN locked_until <= $4 THEN 1 ELSE failed_logins + 1 END) >= $2 THEN $3 " +
            "WHEN locked_until <= $4 THEN NULL ELSE locked_until END WHERE id = $1");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = maxFailures });
        cmd.Parameters.Add(new() { Value = lockUntil });
        cmd.Parameters.Add(new() { Value = now });
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ResetFailuresAsync(long id, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand("UPDATE lg_users SET failed_logins = 0, locked_until = NULL WHERE id = $1 AND failed_logins > 0");
        cmd.Parameters.Add(new() { Value = id });
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SetPasswordAsync(long id, string passwordHash, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            "UPDATE lg_users SET password_hash = $2, session_stamp = $3, failed_logins = 0, locked_until = NULL WHERE id = $1");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = passwordHash });
        cmd.Parameters.Add(new() { Value = Guid.NewGuid() });
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AccountDeletion> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        // The admin rows are locked first, so two deletions of the last two admins run one after the other and the
        // second sees one admin left; a viewer's or an operator's deletion never reads them.
        await using var cmd = db.CreateCommand("""
            WITH target AS (SELECT id, role FROM lg_users WHERE id = $1),
            admins AS (SELECT id FROM lg_users WHERE role = 'admin' AND EXISTS (SELECT 1 FROM target WHERE role = 'admin') FOR UPDATE),
            others AS (SELECT count(*) AS n FROM admins WHERE id <> $1),
            deleted AS (
                DELETE FROM lg_users u USING target t
                WHERE u.id = t.id AND (t.role <> 'admin' OR (SELECT n FROM others) > 0)
                RETURNING u.id)
            SELECT (SELECT count(*) FROM deleted), EXISTS (SELECT 1 FROM target WHERE role = 'admin'), (SELECT n FROM others)
            """);
        cmd.Parameters.Add(new() { Value = id });
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt64(0) == 1) return AccountDeletion.Deleted;
        // Not deleted: the last admin, or an account that is not there (any more: a concurrent deletion won).
        return reader.GetBoolean(1) && reader.GetInt64(2) == 0 ? AccountDeletion.LastAdmin : AccountDeletion.NotFound;
    }

    private static async Task<List<Account>> ReadAsync(NpgsqlCommand cmd, CancellationToken cancellationToken)
    {
        var accounts = new List<Account>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var role = RoleNames.Parse(reader.GetString(3));
            accounts.Add(new Account(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), role, reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetGuid(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return accounts;
    }
}
