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

    /// <summary>
    /// Serialises writers of one project code (two-int key space 40, which never overlaps the receiver's bigint file keys):
    /// creating a project and storing a file with its code never miss each other.
    /// </summary>
    public Task LockProjectAsync(string projectCode) =>
        ExecuteAsync("SELECT pg_advisory_xact_lock(40, hashtext(@code))", ("code", projectCode));

    /// <summary>An empty batch in this transaction: its statements go to the server in one round trip.</summary>
    public NpgsqlBatch Batch() => new(_connection, _transaction);

    /// <summary>A statement for a <see cref="Batch"/>, with positional parameters ($1, $2, …); a value may be a ready <see cref="NpgsqlParameter"/>.</summary>
    /// <remarks>A lone <c>string[]</c> must be passed as <c>(object)</c>: C# would otherwise spread it over the parameters.</remarks>
    public static NpgsqlBatchCommand Statement(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
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
