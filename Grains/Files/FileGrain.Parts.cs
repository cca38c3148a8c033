using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Files;

/// <summary>The file's full job-sheet part list, a page at a time.</summary>
public sealed partial class FileGrain
{
    public async Task<PartsPage?> GetPartsAsync(int offset, int limit)
    {
        if (!S.Exists || S.HardDeleted) return null;
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await processor.PartsAsync(S, offset, limit, CancellationToken.None);
    }
}
