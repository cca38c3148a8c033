using LaserGrains.Grains.Webhooks.Batching;
using LaserGrains.Grains.Webhooks.Delivery;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class BatchGroupingTests
{
    private static PendingDelivery D(long file, int payloadChars = 10, bool alone = false) => new()
    {
        EventId = $"evt_{file}_1", EventType = "file.processed", IngestId = file, Sequence = 1,
        EventTime = DateTimeOffset.UnixEpoch, Payload = "{\"x\":\"" + new string('a', Math.Max(0, payloadChars - 8)) + "\"}", SendAlone = alone,
    };

    private static string[][] Ids(List<List<PendingDelivery>> groups) => [.. groups.Select(g => g.Select(d => d.EventId).ToArray())];

    [Fact]
    public void Group_CutsAtMaxBatch_KeepingTheOrderGiven()
    {
        var groups = BatchGrouping.Group([D(3), D(1), D(2), D(5), D(4)], maxBatch: 2);

        Assert.Equal([["evt_3_1", "evt_1_1"], ["evt_2_1", "evt_5_1"], ["evt_4_1"]], Ids(groups));
    }

    [Fact]
    public void Group_CutsBeforeTheBudgetIsExceeded_AndABiggerEventGoesAlone()
    {
        var groups = BatchGrouping.Group([D(1, 40), D(2, 40), D(3, 40), D(4, 500), D(5, 40)], maxBatch: 10, payloadBudget: 100);

        Assert.Equal([["evt_1_1", "evt_2_1"], ["evt_3_1"], ["evt_4_1"], ["evt_5_1"]], Ids(groups));
        Assert.All(groups.Where(g => g.Count > 1), g => Assert.True(g.Sum(d => d.Payload.Length) <= 100));
    }

    [Fact]
    public void Group_ADeliveryMarkedAlone_GetsARequestOfItsOwn_OthersStillShare()
    {
        var groups = BatchGrouping.Group([D(1), D(2, alone: true), D(3), D(4)], maxBatch: 10);

        Assert.Equal([["evt_1_1", "evt_3_1", "evt_4_1"], ["evt_2_1"]], Ids(groups).OrderBy(g => g[0], StringComparer.Ordinal));
    }

    [Fact]
    public void Group_MaxBatchOfOne_IsOneRequestPerEvent()
    {
        Assert.Equal(3, BatchGrouping.Group([D(1), D(2), D(3)], maxBatch: 1).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchGrouping.Group([D(1)], maxBatch: 0));
    }
}
