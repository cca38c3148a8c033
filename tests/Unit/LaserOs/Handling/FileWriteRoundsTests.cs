using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Gateway.LaserOs.Handling;
using Xunit;

namespace LaserGrains.Tests.Unit.LaserOs.Handling;

public sealed class FileWriteRoundsTests
{
    [Fact]
    public void DistinctFiles_OneRound()
    {
        var rounds = FileWriteRounds.Of([Upsert(1, 2), Upsert(2, 2), Upsert(3, 2)]);

        Assert.Equal([[1L, 2L, 3L]], rounds.Select(r => r.Select(w => w.Event.IngestId)));
    }

    [Fact]
    public void OneFileSeveralTimes_OneChangePerRound_InArrivalOrder()
    {
        var rounds = FileWriteRounds.Of([Upsert(1, 2), Upsert(2, 2), FileWrite.Delete(Event(1, 3)), Upsert(1, 4)]);

        Assert.Equal(3, rounds.Count);
        Assert.Equal([(1L, 2L), (2L, 2L)], rounds[0].Select(w => (w.Event.IngestId, w.Event.Sequence!.Value)));
        Assert.True(Assert.Single(rounds[1]).MarkDeleted);
        Assert.Equal(4L, Assert.Single(rounds[2]).Event.Sequence);
    }

    private static FileWrite Upsert(long ingestId, long sequence) => FileWrite.Upsert(Event(ingestId, sequence), "completed", null);

    private static ModuleNEvent Event(long ingestId, long sequence) =>
        new("file.processed", DateTimeOffset.UnixEpoch, ingestId, sequence, new DesignFileData { OriginalFilename = "a.dxf" }, "{}", false, null);
}
