using LaserGrains.Grains.Extraction.CutTime;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.CutTime;

public sealed class CutTimeEstimatorTests
{
    private static readonly CutTimeEstimator Estimator = new(new CutSpeedTable(
    [
        new MaterialSpeeds("MS", "test table", [new SpeedRow(2, 6000, 0.1), new SpeedRow(4, 3000, 0.5)]),
        new MaterialSpeeds("ACR", "test table", [new SpeedRow(3, 1500, 0)]),
    ]));

    [Fact]
    public void Estimate_ExactRow_UsesRowSpeedAndPierce()
    {
        var e = Estimator.Estimate(cutLengthMm: 6000, pierces: 4, "MS", 2, quantity: 10)!;

        Assert.Equal(60, e.CutSeconds, 6);
        Assert.Equal(0.4, e.PierceSeconds, 6);
        Assert.Equal(60.4, e.TotalSecondsPerPart, 6);
        Assert.Equal(604, e.TotalSecondsForQuantity, 6);
        Assert.Equal(6000, e.SpeedMmPerMin);
        Assert.Contains("table row 2 mm", e.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_BetweenRows_BlendsPaceTowardsSlowerRow()
    {
        var e = Estimator.Estimate(1000, 2, "ms", 3)!;

        // Halfway in minutes per millimetre: 1 / ((1/6000 + 1/3000) / 2) = 4000 mm/min, slower than the 4500 midpoint.
        Assert.Equal(4000, e.SpeedMmPerMin, 6);
        Assert.Equal(0.6, e.PierceSeconds, 6);
        Assert.Contains("interpolated between 2 mm and 4 mm", e.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_ThinnerThanTable_ClampsToThinnestRowAndSaysSo()
    {
        var e = Estimator.Estimate(600, 0, "MS", 1)!;

        Assert.Equal(6000, e.SpeedMmPerMin);
        Assert.Contains("clamped", e.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_ThickerThanTable_GivesNullWithReason()
    {
        Assert.Null(Estimator.Estimate(600, 1, "MS", 4.5));
        Assert.Contains("thicker than the thickest MS row (4 mm)", Estimator.Refusal("MS", 4.5), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 3.0)]
    [InlineData("TI", 3.0)]
    [InlineData("MS", null)]
    [InlineData("MS", 0.0)]
    public void Estimate_UnknownMaterialOrThickness_GivesNull(string? code, double? mm)
    {
        Assert.Null(Estimator.Estimate(600, 1, code, mm));
        Assert.NotNull(Estimator.Refusal(code, mm));
    }

    [Fact]
    public void Estimate_SingleRowMaterialAtItsThickness_Estimates()
    {
        var e = Estimator.Estimate(1500, 3, "ACR", 3)!;

        Assert.Equal(60, e.TotalSecondsPerPart, 6);
        Assert.Null(Estimator.Refusal("ACR", 3));
    }

    [Theory]
    [InlineData(-1.0, 0, 1)]
    [InlineData(double.NaN, 0, 1)]
    [InlineData(10.0, -1, 1)]
    [InlineData(10.0, 0, 0)]
    public void Estimate_InvalidInput_Throws(double length, int pierces, int quantity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimator.Estimate(length, pierces, "MS", 2, quantity));
    }

    [Fact]
    public void Default_MildSteelFiveMillimetre_UsesLaserFilesChart()
    {
        var e = CutTimeEstimator.Default.Estimate(3050, 1, "MS", 5)!;

        Assert.Equal(3050, e.SpeedMmPerMin);
        Assert.Equal(60.4, e.TotalSecondsPerPart, 6);
        Assert.Contains("MachineMFG", e.Basis, StringComparison.Ordinal);
    }
}
