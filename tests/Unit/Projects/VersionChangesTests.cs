using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Grains.Projects;
using Xunit;

namespace LaserGrains.Tests.Unit.Projects;

public sealed class VersionChangesTests
{
    private static readonly DateTimeOffset At = new(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Between_NoPrevious_SaysFirstVersion() =>
        Assert.Equal(["first version"], VersionChanges.Between(null, Claim("a", "MS", 5, 10)));

    [Fact]
    public void Between_MaterialAndThicknessChanged_NamesBothWithOldAndNewValues()
    {
        var previous = new VersionEntry(1, 1, "a", "MS", 5, 10, At, [], VersionEntryState.Live);

        var changes = VersionChanges.Between(previous, Claim("b", "SS", 6, 10));

        Assert.Equal(["content", "material: MS → SS", "thickness_mm: 5 → 6"], changes);
    }

    [Fact]
    public void Between_SameFacts_NoChanges()
    {
        var previous = new VersionEntry(1, 1, "a", "MS", 1.5, null, At, [], VersionEntryState.Live);

        Assert.Empty(VersionChanges.Between(previous, Claim("a", "ms", 1.5, null)));
    }

    private static VersionClaim Claim(string sha, string? material, double? thickness, int? quantity) =>
        new(2, "dxf|bracket", sha, material, thickness, quantity, At);
}
