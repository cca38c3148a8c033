using Npgsql;

namespace LaserGrains.Gateway.LaserOs;

/// <summary>One open PostgreSQL transaction of the receiver: every write of one event or one project goes through it.</summary>
public sealed class LaserOsTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private LaserOsTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        (_connection, _transaction, CancellationToken) = (connection, transaction, cancellationToken);

    public CancellationToken CancellationToken { get; }

    public static async Task<LaserOsTransaction> BeginAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return new LaserOsTransaction(connection, await connection.BeginTransactionAsync(cancellationToken), cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A command in this transaction; parameters are given as (name, value) pairs.</summary>
    public NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(CancellationToken);
    }

    /// <summary>Serialises writers of one file (bigint key) or one project code (two-int key space, which never overlaps the other).</summary>
    public Task LockFileAsync(long ingestId) => ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", ("key", ingestId));

    /// <inheritdoc cref="LockFileAsync"/>
    public Task LockProjectAsync(string projectCode) =>
        ExecuteAsync("SELECT pg_advisory_xact_lock(40, hashtext(@code))", ("code", projectCode));

    /// <summary>
    /// Takes the locks of many files and projects at once: files in ascending id, then projects in ascending key, the one
    /// order every shared transaction uses. Taking one again later in the transaction returns at once.
    /// </summary>
    public async Task LockAllAsync(IEnumerable<long> ingestIds, IEnumerable<string> projectCodes)
    {
        await ExecuteAsync(
            "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT k FROM unnest(@keys::bigint[]) AS u(k) ORDER BY k) AS f",
            ("keys", ingestIds.Distinct().ToArray()));
        var codes = projectCodes.Distinct(StringComparer.Ordinal).ToArray();
        if (codes.Length == 0) return;
        await ExecuteAsync(
            "SELECT count(pg_advisory_xact_lock(40, h)) FROM (SELECT DISTINCT hashtext(c) AS h FROM unnest(@codes::text[]) AS u(c) ORDER BY h) AS p",
            ("codes", codes));
    }

    public Task CommitAsync() => _transaction.CommitAsync(CancellationToken);

    public Task RollbackAsync() => _transaction.RollbackAsync(CancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted transaction rolls it back: an exception anywhere leaves nothing written.
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
