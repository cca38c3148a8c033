using LaserGrains.Grains;
using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Grains.Projects;
using LaserGrains.Tests.Grains.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace LaserGrains.Tests.Grains.Projects;

/// <summary>The pool of unassigned files served by shards of lineages: numbers per lineage and duplicates across the pool as with one grain, and the state of the old single grain moved into lg_versions.</summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class PoolShardTests(FakeClockClusterFixture fixture)
{
    private static long _nextIngest = 50_000;

    [Fact]
    public async Task ManyLineages_RacingThroughTheirShards_EachCountOneToN()
    {
        var lineages = Enumerable.Range(0, 12).Select(i => $"dxf|pool-{Guid.NewGuid():N}-{i}").ToList();
        Assert.True(lineages.Select(ProjectKeys.PoolShardKey).Distinct().Count() > 1);

        async Task<(string Lineage, VersionGrant Grant)> ClaimOne(string l) =>
            (l, await Pool(l).ClaimAsync(Claim(l, Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"))));
        var grants = await Task.WhenAll(lineages.SelectMany(l => Enumerable.Range(0, 5).Select(_ => ClaimOne(l))));

        foreach (var lineage in lineages)
        {
            Assert.Equal([1, 2, 3, 4, 5], grants.Where(g => g.Lineage == lineage).Select(g => g.Grant.Version).Order());
            // Any pool grain lists a lineage: the entries are the pool's, not the shard's.
            var listed = await fixture.Client.GetGrain<IProjectGrain>(ProjectKeys.LegacyPoolKey).GetVersionsAsync(lineage);
            Assert.Equal([1, 2, 3, 4, 5], listed.Select(v => v.Version).Order());
        }
    }

    [Fact]
    public async Task SameBytes_UnderTwoNames_OnTwoShards_AtOnce_OneIsTheDuplicate()
    {
        var (a, b) = TwoLineagesOnDifferentShards();
        var sha = new string('7', 64);

        var (ca, cb) = (Claim(a, sha), Claim(b, sha));

        var grants = await Task.WhenAll(Pool(a).ClaimAsync(ca), Pool(b).ClaimAsync(cb));

        Assert.Single(grants, g => g.DuplicateOf is null);
        var original = grants[0].DuplicateOf ?? ca.IngestId;
        Assert.Equal(original == ca.IngestId ? cb.IngestId : ca.IngestId, grants[0].DuplicateOf is null ? cb.IngestId : ca.IngestId);
        Assert.Equal(original, grants.Single(g => g.DuplicateOf is not null).DuplicateOf);
        // The original soft-deleted (any pool grain marks a file): the same bytes again are a new version, not a duplicate.
        await Pool(b).MarkAsync(original, VersionEntryState.Deleted);
        Assert.Null((await Pool(a).ClaimAsync(Claim(a, sha))).DuplicateOf);
    }

    [Fact]
    public async Task TheOldSinglePoolGrainsState_MovesToLgVersions_AndNumbersContinue()
    {
        var lineage = $"pdf|legacy-{Guid.NewGuid():N}";
        var at = fixture.Clock.GetUtcNow();
        VersionEntry Entry(int v, long id, VersionEntryState s) => new(v, id, new string((char)('a' + v), 64), "MS", 2, 1, at, v == 1 ? ["first version"] : ["content"], s);
        var old = new ProjectState { Lineages = { [lineage] = [Entry(1, 901, VersionEntryState.Live), Entry(3, 903, VersionEntryState.Removed), Entry(2, 902, VersionEntryState.Deleted)] } };
        var legacy = fixture.Client.GetGrain<IProjectGrain>(ProjectKeys.LegacyPoolKey);
        var shard = Pool(lineage);
        await fixture.Cluster.DeactivateAsync(legacy.GetGrainId());
        await fixture.Cluster.DeactivateAsync(shard.GetGrainId());
        await WriteStateAsync(legacy.GetGrainId(), old);

        var next = await shard.ClaimAsync(Claim(lineage, new string('z', 64)) with { DeclaredVersion = 3 });
        var again = await shard.ClaimAsync(Claim(lineage, new string((char)('a' + 1), 64)));

        Assert.Equal(4, next.Version); // v3 stays taken by the removed entry
        Assert.NotNull(next.Warning);
        Assert.Equal(901, again.DuplicateOf); // the migrated live entry is still found by its bytes
        var versions = await shard.GetVersionsAsync(lineage);
        Assert.Equal([1, 3, 2, 4], versions.Select(v => v.Version));
        Assert.Equal([VersionEntryState.Live, VersionEntryState.Removed, VersionEntryState.Deleted, VersionEntryState.Live], versions.Select(v => v.State));
        Assert.Equal(["content"], versions[2].Changes);
        var left = await ReadStateAsync(legacy.GetGrainId());
        Assert.True(!left.RecordExists || left.State is not { Lineages.Count: > 0 });
    }

    private IProjectGrain Pool(string lineage) => fixture.Client.GetGrain<IProjectGrain>(ProjectKeys.GrainKey(null, lineage));

    private static (string, string) TwoLineagesOnDifferentShards()
    {
        var a = $"dxf|a-{Guid.NewGuid():N}";
        for (var i = 0; ; i++)
        {
            var b = $"svg|b-{Guid.NewGuid():N}-{i}";
            if (ProjectKeys.PoolShardKey(b) != ProjectKeys.PoolShardKey(a)) return (a, b);
        }
    }

    private VersionClaim Claim(string lineage, string sha) =>
        new(Interlocked.Increment(ref _nextIngest), lineage, sha, "MS", 3, 1, fixture.Clock.GetUtcNow());

    private IGrainStorage Storage => fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Files);

    private async Task<GrainState<ProjectState>> ReadStateAsync(GrainId id)
    {
        var state = new GrainState<ProjectState>(new ProjectState());
        await Storage.ReadStateAsync("project", id, state);
        return state;
    }

    private async Task WriteStateAsync(GrainId id, ProjectState value)
    {
        var state = await ReadStateAsync(id);
        state.State = value;
        await Storage.WriteStateAsync("project", id, state);
    }
}
