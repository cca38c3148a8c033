using LaserGrains.Grains.Hosting;
using Npgsql;

namespace LaserGrains.Gateway.Health;

/// <summary>Readiness facts: is PostgreSQL answering, and does the membership table show a live active silo.</summary>
public sealed class ClusterHealth(NpgsqlDataSource dataSource, ClusterSettings cluster)
{
    private const int ActiveStatus = 3;

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand(
                "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = @active AND IAmAliveTime > now() - interval '2 minutes'");
            cmd.Parameters.AddWithValue("cluster", cluster.ClusterId);
            cmd.Parameters.AddWithValue("active", ActiveStatus);
            var silos = (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
            return new ReadinessReport(silos > 0, true, (int)silos, silos > 0 ? null : "no active silo in the cluster");
        }
        catch (NpgsqlException ex)
        {
            return new ReadinessReport(false, false, 0, $"database unreachable: {ex.Message}");
        }
    }
}

/// <summary>What GET /health/ready reports.</summary>
public sealed record ReadinessReport(bool Ready, bool Database, int ActiveSilos, string? Problem);
