using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Tests.Grains.Infrastructure;

namespace LaserGrains.Tests.Grains.Projects;

/// <summary>The project grain on the test host: version numbers per lineage, never shared by racing claims, never reused.</summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class ProjectGrainTests(FakeClockClusterFixture fixture)
{
    private const string Lineage = "dxf|bracket";
    private static long _nextIngest = 10_000;

    [Fact]
    public async Task Claims_InTurn_GetOneTwoThree_WithWhatChanged()
    {
        var project = NewProject();

        var first = await project.ClaimAsync(Claim(Sha('a'), "MS", 5));
        var second = await project.ClaimAsync(Claim(Sha('b'), "MS", 5));
        var third = await project.ClaimAsync(Claim(Sha('c'), "SS", 3));

        Assert.Equal([1, 2, 3], new[] { first.Version, second.Version, third.Version });
        Assert.Equal(["first version"], first.Changes);
        Assert.Equal(["content"], second.Changes);
        Assert.Equal(["content", "material: MS → SS", "thickness_mm: 5 → 3"], third.Changes);
        Assert.All(new[] { first, second, third }, g => Assert.Null(g.DuplicateOf));
    }

    [Fact]
    public async Task RacingClaims_FromManyCallers_NeverShareANumber()
    {
        var project = NewProject();

        var grants = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => project.ClaimAsync(Claim(Sha((char)('a' + (i % 26)), i), "MS", 2))));

        Assert.Equal(Enumerable.Range(1, 40), grants.Select(g => g.Version).Order());
        Assert.Equal(40, (await project.GetVersionsAsync(Lineage)).Select(v => v.IngestId).Distinct().Count());
    }

    [Fact]
    public async Task RepeatedClaim_KeepsItsNumber_SameBytesAsALiveFile_IsADuplicate()
    {
        var project = NewProject();
        var original = Claim(Sha('d'), "MS", 5);
        var granted = await project.ClaimAsync(original);

        var repeated = await project.ClaimAsync(original with { Quantity = 12 });
        var duplicate = await project.ClaimAsync(Claim(Sha('d'), "MS", 5));

        Assert.Equal(granted.Version, repeated.Version);
        Assert.Equal(12, (await project.GetVersionsAsync(Lineage)).Single().Quantity);
        Assert.Equal(original.IngestId, duplicate.DuplicateOf);
        Assert.Single(await project.GetVersionsAsync(Lineage));
    }

    [Fact]
    public async Task DeletedVersion_KeepsItsNumber_AndLineageSurvivesDeactivation()
    {
        var project = NewProject();
        var first = Claim(Sha('e'), "MS", 5);
        await project.ClaimAsync(first);
        await project.ClaimAsync(Claim(Sha('f'), "MS", 5));

        await project.MarkAsync(first.IngestId, VersionEntryState.Removed);
        await fixture.Cluster.DeactivateAsync(project.GetGrainId());
        var next = await project.ClaimAsync(Claim(Sha('g'), "MS", 5));

        Assert.Equal(3, next.Version);
        var versions = await project.GetVersionsAsync(Lineage);
        Assert.Equal([VersionEntryState.Removed, VersionEntryState.Live, VersionEntryState.Live], versions.Select(v => v.State));
        Assert.Equal(fixture.Clock.GetUtcNow(), versions[2].CreatedAt);
    }

    private IProjectGrain NewProject() => fixture.Client.GetGrain<IProjectGrain>(ProjectKeys.GrainKey("T" + Guid.NewGuid().ToString("N")[..8]));

    private VersionClaim Claim(string sha, string material, double thickness) =>
        new(Interlocked.Increment(ref _nextIngest), Lineage, sha, material, thickness, 1, fixture.Clock.GetUtcNow());

    private static string Sha(char c, int salt = 0) => new string(c, 56) + salt.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
