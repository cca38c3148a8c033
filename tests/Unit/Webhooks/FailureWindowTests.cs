using LaserGrains.Grains.Webhooks.Delivery;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class FailureWindowTests
{
    private static readonly TimeSpan FiveDays = TimeSpan.FromDays(5);

    [Fact]
    public void After_FailingFiveDaysWithoutSuccess_Disables()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var (since, disable) = FailureWindow.After(null, false, clock.GetUtcNow(), FiveDays);
        Assert.Equal(clock.GetUtcNow(), since);
        Assert.False(disable);

        clock.Advance(TimeSpan.FromDays(5) - TimeSpan.FromSeconds(1));
        (since, disable) = FailureWindow.After(since, false, clock.GetUtcNow(), FiveDays);
        Assert.False(disable);

        clock.Advance(TimeSpan.FromSeconds(1));
        (_, disable) = FailureWindow.After(since, false, clock.GetUtcNow(), FiveDays);
        Assert.True(disable);
    }

    [Fact]
    public void After_OneSuccess_RestartsTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var (since, _) = FailureWindow.After(null, false, clock.GetUtcNow(), FiveDays);
        clock.Advance(TimeSpan.FromDays(4));
        (since, _) = FailureWindow.After(since, true, clock.GetUtcNow(), FiveDays);
        Assert.Null(since);

        clock.Advance(TimeSpan.FromDays(2));
        (since, var disable) = FailureWindow.After(since, false, clock.GetUtcNow(), FiveDays);
        Assert.False(disable);
        Assert.Equal(clock.GetUtcNow(), since);
    }
}
