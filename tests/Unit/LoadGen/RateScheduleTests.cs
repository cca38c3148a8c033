using LaserGrains.LoadGen.Load;
using Xunit;

namespace LaserGrains.Tests.Unit.LoadGen;

public class RateScheduleTests
{
    [Fact]
    public void DueAt_150PerSecond_SpacesEvenlyFromZero()
    {
        var s = new RateSchedule(150);

        Assert.Equal(TimeSpan.Zero, s.DueAt(0));
        Assert.Equal(TimeSpan.FromSeconds(1), s.DueAt(150));
        Assert.Equal(TimeSpan.FromSeconds(30), s.DueAt(4500));
        Assert.Equal(TimeSpan.FromTicks(66_667), s.DueAt(1)); // 6.6667 ms, rounded to a tick
    }

    [Fact]
    public void DueAt_LaterIndex_NeverEarlier()
    {
        var s = new RateSchedule(333.3);

        for (long i = 1; i < 10_000; i++) Assert.True(s.DueAt(i) > s.DueAt(i - 1));
    }

    [Theory]
    [InlineData(150, 30, 4500)]
    [InlineData(150, 5, 750)]
    [InlineData(7, 1.5, 11)]
    [InlineData(1000, 0.0005, 1)]
    public void CountWithin_Span_CountsDueTimesBeforeItsEnd(double rate, double seconds, long expected)
    {
        var s = new RateSchedule(rate);
        var span = TimeSpan.FromSeconds(seconds);

        var n = s.CountWithin(span);

        Assert.Equal(expected, n);
        Assert.True(s.DueAt(n - 1) < span);
        Assert.True(s.DueAt(n) >= span);
    }

    [Fact]
    public void New_ZeroRate_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new RateSchedule(0));
}
