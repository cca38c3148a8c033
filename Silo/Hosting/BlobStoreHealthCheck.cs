using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaserGrains.Silo.Hosting;

/// <summary>The silo's readiness: the configured blob store can be written and read.</summary>
public sealed class BlobStoreHealthCheck(IBlobStore blobs, BlobStoreInUse store) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await blobs.ProblemAsync(cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy($"blob store {store.Name}: {problem}")
            : HealthCheckResult.Healthy($"blob store {store.Name}");
}
