using Xunit;
using LaserGrains.Grains.Extraction.Common;

namespace LaserGrains.Tests.Unit.Extraction.Common;

public class LengthTextTests
{
    [Theory]
    [InlineData("5mm", 5.0)]
    [InlineData("5 mm", 5.0)]
    [InlineData("3,5 mm", 3.5)]
    [InlineData("0.25 in", 6.35)]
    [InlineData("0.25\"", 6.35)]
    [InlineData("1/4\"", 6.35)]
    [InlineData("1/4 in", 6.35)]
    [InlineData("1 1/2 inch", 38.1)]
    [InlineData("6 mm thick", 6.0)]
    [InlineData("0.5 cm", 5.0)]
    [InlineData("12", 12.0)]
    public void ToMillimetres_CommonNotations_ConvertsToMillimetres(string text, double expected) =>
        Assert.Equal(expected, LengthText.ToMillimetres(text)!.Value, 3);

    [Theory]
    [InlineData("0.125", "in", 3.175)]
    [InlineData("10", "mm", 10.0)]
    [InlineData("3 mm", "in", 3.0)]
    public void ToMillimetres_BareNumberWithDefaultUnit_UsesDefaultUnit(string text, string unit, double expected) =>
        Assert.Equal(expected, LengthText.ToMillimetres(text, unit)!.Value, 3);

    [Theory]
    [InlineData("")]
    [InlineData("thick")]
    [InlineData("-5 mm")]
    [InlineData("0")]
    [InlineData("5 furlongs")]
    [InlineData("1/0\"")]
    [InlineData("Mild Steel 5mm")]
    public void ToMillimetres_NotALength_ReturnsNull(string text) => Assert.Null(LengthText.ToMillimetres(text));

    [Theory]
    [InlineData("Thickness (mm)", "mm")]
    [InlineData("Thk (in)", "in")]
    [InlineData("THK [inch]", "inch")]
    [InlineData("Thickness", null)]
    public void UnitFromHeader_HeaderWithUnit_ReturnsUnit(string header, string? expected) =>
        Assert.Equal(expected, LengthText.UnitFromHeader(header));
}
