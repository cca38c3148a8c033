using LaserGrains.Shared.Storage;
using Npgsql;

namespace LaserGrains.Gateway.Health;

/// <summary>Readiness facts: is PostgreSQL answering, is the blob store usable, and does the cluster itself (its management grain) report an active silo.</summary>
public sealed class ClusterHealth(NpgsqlDataSource dataSource, IClusterClient client, IBlobStore blobs, BlobStoreInUse store)
{
    // A readiness probe must answer even when no silo can: a call that waits longer counts as "no active silo".
    private static readonly TimeSpan ClusterTimeout = TimeSpan.FromSeconds(5);

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand("SELECT 1");
            await cmd.ExecuteScalarAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            return new ReadinessReport(false, false, 0, $"database unreachable: {ex.Message}") { BlobStore = store.Name };
        }

        if (await blobs.ProblemAsync(cancellationToken) is { } blobProblem)
        {
            return new ReadinessReport(false, true, 0, $"blob store {store.Name}: {blobProblem}") { BlobStore = store.Name };
        }

        try
        {
            // The membership table belongs to Orleans: the gateway asks the cluster, not the table.
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(ClusterTimeout, cancellationToken);
            return new ReadinessReport(hosts.Count > 0, true, hosts.Count, hosts.Count > 0 ? null : "no active silo in the cluster") { BlobStore = store.Name };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ReadinessReport(false, true, 0, $"no active silo answers: {ex.Message}") { BlobStore = store.Name };
        }
    }
}

/// <summary>What GET /health/ready reports; <see cref="BlobStore"/> names the store in use (filesystem or postgres).</summary>
public sealed record ReadinessReport(bool Ready, bool Database, int ActiveSilos, string? Problem)
{
    public string? BlobStore { get; init; }
}
