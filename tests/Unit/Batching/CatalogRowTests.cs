using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Catalog;
using Xunit;

namespace LaserGrains.Tests.Unit.Batching;

public sealed class CatalogRowTests
{
    private static CatalogRow Row(long id, long revision) => new(new FileRecord
    {
        IngestId = id, OriginalFilename = $"f{id}-r{revision}.dxf", Kind = FileKind.DxfAscii, FileSize = 1, Sha256 = new string('a', 64),
        Status = FileStatus.Completed, Metadata = new FileMetadata(), CreatedAt = DateTimeOffset.UnixEpoch,
    }, revision, null);

    [Fact]
    public void Newest_KeepsTheHighestRevisionOfEachFile_InFirstSeenOrder()
    {
        var rows = new[] { Row(7, 2), Row(3, 1), Row(7, 5), Row(3, 1), Row(9, 4), Row(7, 3) };

        var newest = CatalogRow.Newest(rows);

        Assert.Equal([(7L, 5L), (3L, 1L), (9L, 4L)], newest.Select(r => (r.Record.IngestId, r.Revision)));
        Assert.Equal("f7-r5.dxf", newest[0].Record.OriginalFilename);
    }

    [Fact]
    public void Newest_OfDistinctFiles_IsEveryRow() =>
        Assert.Equal(3, CatalogRow.Newest([Row(1, 1), Row(2, 1), Row(3, 1)]).Count);
}
