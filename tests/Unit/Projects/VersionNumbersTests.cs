using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Grains.Projects;
using Xunit;

namespace LaserGrains.Tests.Unit.Projects;

public sealed class VersionNumbersTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static VersionEntry Entry(int version, VersionEntryState state = VersionEntryState.Live) =>
        new(version, version, $"sha{version}", null, null, null, At, [], state);

    [Fact]
    public void FirstUploadDeclaringV3_IsV3_AndTheNextNewBytesV4()
    {
        Assert.Equal((3, null), VersionNumbers.Next([], 3));
        Assert.Equal((4, null), VersionNumbers.Next([Entry(3)], null));
    }

    [Fact]
    public void DeclaredVersionFreeBelowTheLatest_IsHonoured() =>
        Assert.Equal(2, VersionNumbers.Next([Entry(1), Entry(3)], 2).Version);

    [Fact]
    public void DeclaredVersionTaken_GivesTheNextFreeWithAWarning()
    {
        var (version, warning) = VersionNumbers.Next([Entry(1), Entry(2)], 2);

        Assert.Equal(3, version);
        Assert.Contains("v2", warning, StringComparison.Ordinal);
        Assert.Contains("v3", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberOfARemovedEntry_StaysTaken() =>
        Assert.Equal(2, VersionNumbers.Next([Entry(1, VersionEntryState.Removed)], 1).Version);

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(20_250_101)]
    public void NoPlausibleDeclaration_GivesTheNextNumberWithoutWarning(int? declared) =>
        Assert.Equal((2, null), VersionNumbers.Next([Entry(1)], declared));

    [Theory]
    [InlineData("bracket-v3.dxf", null, 3)]
    [InlineData("bracket_rev3.dxf", "3", 3)]
    [InlineData("bracket Rev C.dxf", "C", null)]
    [InlineData("bracket.dxf", null, null)]
    public void DeclaredVersion_FromTheNameOrANumericRevision(string name, string? revision, int? expected)
    {
        var s = new FileState
        {
            OriginalFilename = name,
            Metadata = new FileMetadata { Revision = revision is null ? null : new(revision, MetadataSource.Filename, 0.75) },
        };

        Assert.Equal(expected, FilePlacement.DeclaredVersion(s));
    }
}
