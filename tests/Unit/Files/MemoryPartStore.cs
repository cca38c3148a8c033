using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Storage;

namespace LaserGrains.Tests.Unit.Files;

/// <summary>An in-memory part store for processor tests; the PostgreSQL one is exercised by the integration tests.</summary>
public sealed class MemoryPartStore : IFilePartStore
{
    public Dictionary<long, List<JobSheetPart>> Stored { get; } = [];

    public Task ReplaceAsync(long ingestId, IReadOnlyList<JobSheetPart> parts, CancellationToken cancellationToken)
    {
        Stored[ingestId] = [.. parts];
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JobSheetPart>> ReadAsync(long ingestId, int offset, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JobSheetPart>>(Stored.TryGetValue(ingestId, out var p) ? [.. p.Skip(offset).Take(limit)] : []);

    public Task RemoveAsync(long ingestId, CancellationToken cancellationToken)
    {
        Stored.Remove(ingestId);
        return Task.CompletedTask;
    }
}
