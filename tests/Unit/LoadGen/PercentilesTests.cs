using LaserGrains.LoadGen.Measure;
using Xunit;

namespace LaserGrains.Tests.Unit.LoadGen;

public class PercentilesTests
{
    [Fact]
    public void Of_OneToHundred_IsNearestRank()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).ToList();

        Assert.Equal(50, Percentiles.Of(values, 50));
        Assert.Equal(90, Percentiles.Of(values, 90));
        Assert.Equal(99, Percentiles.Of(values, 99));
        Assert.Equal(100, Percentiles.Of(values, 100));
    }

    [Fact]
    public void Of_FewValues_RoundsTheRankUp()
    {
        double[] values = [10, 20, 30];

        Assert.Equal(20, Percentiles.Of(values, 50));   // rank ceil(1.5) = 2
        Assert.Equal(30, Percentiles.Of(values, 90));   // rank ceil(2.7) = 3
        Assert.Equal(10, Percentiles.Of(values, 1));
    }

    [Fact]
    public void Of_Empty_IsNull() => Assert.Null(Percentiles.Of([], 50));

    [Fact]
    public void Summarise_Unsorted_SortsAndGivesMax()
    {
        var s = Percentiles.Summarise([5, 1, 4, 2, 3, 100, 6, 7, 8, 9]);

        Assert.Equal(10, s.Count);
        Assert.Equal(5, s.P50);
        Assert.Equal(9, s.P90);
        Assert.Equal(100, s.P99);
        Assert.Equal(100, s.Max);
    }
}
