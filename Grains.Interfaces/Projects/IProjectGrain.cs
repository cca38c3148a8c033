using Orleans.Concurrency;

namespace LaserGrains.Grains.Interfaces.Projects;

/// <summary>One project (job): the single writer of version numbers for its parts, keyed "prj:" + project code.</summary>
[Alias("lg.project")]
public interface IProjectGrain : IGrainWithStringKey
{
    /// <summary>The version of the claiming file in its lineage: a new one, the one it already holds, or none when its bytes duplicate a live file.</summary>
    [Alias("claim")]
    Task<VersionGrant> ClaimAsync(VersionClaim claim);

    /// <summary>Marks every entry of a file as live, soft-deleted or removed; version numbers are never reused.</summary>
    [Alias("mark")]
    Task MarkAsync(long ingestId, VersionEntryState entryState);

    /// <summary>The versions of one lineage, oldest first; a read of the store, so it may run between other calls (a pool shard calls the old pool grain while that one waits on it).</summary>
    [Alias("versions"), AlwaysInterleave]
    Task<IReadOnlyList<VersionEntry>> GetVersionsAsync(string lineageKey);
}
