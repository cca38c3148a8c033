using LaserGrains.Grains.Extraction.Naming;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Naming;

public sealed class ThicknessTests
{
    [Theory]
    [InlineData("5mm", 5.0)]
    [InlineData("5 mm", 5.0)]
    [InlineData("5.0mm", 5.0)]
    [InlineData("5MM", 5.0)]
    [InlineData("1,5mm", 1.5)]
    [InlineData("0,75 mm", 0.75)]
    [InlineData("1_5mm", 1.5)]
    [InlineData("0.25in", 6.35)]
    [InlineData(".25in", 6.35)]
    [InlineData("1/4\"", 6.35)]
    [InlineData("1/4in", 6.35)]
    [InlineData("3/16 in", 4.763)]
    [InlineData("1-1/2 inch", 38.1)]
    [InlineData("1''", 25.4)]
    public void ParseMm_ThicknessText_GivesMillimetres(string text, double mm)
    {
        Assert.Equal(mm, Thickness.ParseMm(text)!.Value, 3);
    }

    [Theory]
    [InlineData("1,500mm")]
    [InlineData("500mm")]
    [InlineData("0mm")]
    [InlineData("1/3in")]
    [InlineData("5/4in")]
    [InlineData("16ga")]
    [InlineData("5")]
    [InlineData("5mm 6mm")]
    [InlineData("x5mm")]
    [InlineData("")]
    public void ParseMm_AmbiguousOrNotAThickness_GivesNull(string text)
    {
        Assert.Null(Thickness.ParseMm(text));
    }

    [Fact]
    public void FindAll_Gauge_IsReportedWithoutMillimetres()
    {
        var found = Assert.Single(Thickness.FindAll("Panel 16 gauge"));

        Assert.Equal(ThicknessUnit.Gauge, found.Unit);
        Assert.Null(found.Mm);
    }

    [Fact]
    public void FindAll_SizeAfterCross_IsNotAThickness()
    {
        Assert.Empty(Thickness.FindAll("Plate 100x5mm and 100 x 6mm"));
    }

    [Theory]
    [InlineData(1.5, "1_5")]
    [InlineData(12.7, "12_7")]
    [InlineData(0.8, "0_8")]
    [InlineData(5.0, "5")]
    [InlineData(4.76249, "4_762")]
    public void Format_Millimetres_GivesStoredText(double mm, string text)
    {
        Assert.Equal(text, Thickness.Format(mm));
    }
}
