using System.Collections.Concurrent;
using System.Net.Sockets;
using Npgsql;

namespace LaserGrains.LoadGen.Measure;

/// <summary>The load generator's own connections to the measured database (a pool of two: the settle tracker's and the meter's), and the
/// backend process ids they have had, so those backends are left out of the database's CPU figure.</summary>
public sealed class OwnConnections(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
    {
        MaxPoolSize = 2,
        ApplicationName = "lasergrains-loadgen",
    }.ConnectionString);
    private readonly ConcurrentDictionary<int, bool> _pids = new();

    public IReadOnlyCollection<int> BackendPids => [.. _pids.Keys];

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        _pids.TryAdd(connection.ProcessID, true);
        return connection;
    }

    /// <summary>Failures PostgreSQL being stopped or restarted causes.</summary>
    public static bool IsTransient(Exception e) => e is NpgsqlException or IOException or SocketException or TimeoutException;

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
