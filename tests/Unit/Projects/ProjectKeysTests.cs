using Xunit;
using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Tests.Unit.Projects;

/// <summary>Grain keys of projects and of the pool's shards: stable, and every pool key serves the one pool.</summary>
public sealed class ProjectKeysTests
{
    [Fact]
    public void Pool_LineagesSpreadOverShards_TheSameLineageAlwaysToTheSameShard()
    {
        var keys = Enumerable.Range(0, 2000).Select(i => ProjectKeys.GrainKey(null, $"dxf|part-{i}")).ToList();

        Assert.Equal(ProjectKeys.PoolShards, keys.Distinct().Count());
        Assert.Equal(ProjectKeys.GrainKey(" ", "dxf|part-7"), keys[7]);
        // Fixed across processes and versions: a changed hash would move lineages between grains.
        Assert.Equal("prj:_unassigned~" + (System.Security.Cryptography.SHA256.HashData("dxf|bracket"u8)[0] % 64).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            ProjectKeys.PoolShardKey("dxf|bracket"));
        Assert.All(keys, k => Assert.Equal(ProjectKeys.Unassigned, ProjectKeys.ProjectOf(k)));
    }

    [Fact]
    public void NamedProjects_KeepTheirKey_AndOnlyPoolKeysAreOneProject()
    {
        Assert.Equal("prj:JB-1", ProjectKeys.GrainKey("jb-1 ", "dxf|bracket"));
        Assert.Equal("JB-1", ProjectKeys.ProjectOf("prj:JB-1"));
        Assert.Equal(ProjectKeys.Unassigned, ProjectKeys.ProjectOf(ProjectKeys.LegacyPoolKey));
        Assert.True(ProjectKeys.SameProject(ProjectKeys.LegacyPoolKey, ProjectKeys.PoolShardKey("dxf|x")));
        Assert.False(ProjectKeys.SameProject("prj:JB-1", ProjectKeys.PoolShardKey("dxf|x")));
        Assert.False(ProjectKeys.IsPool("prj:_UNASSIGNED"));
    }
}
