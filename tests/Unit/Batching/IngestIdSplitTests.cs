using LaserGrains.Gateway.Ingest;
using Xunit;

namespace LaserGrains.Tests.Unit.Batching;

public sealed class IngestIdSplitTests
{
    [Fact]
    public void Split_GivesEachRequestAContiguousAscendingRun_InRequestOrder()
    {
        var runs = IngestIdAllocator.Split([10, 11, 12, 13, 14, 15], [1, 3, 2]);

        Assert.Equal([[10L], [11L, 12L, 13L], [14L, 15L]], runs);
    }
}
