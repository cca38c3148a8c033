using System.Globalization;
using System.Text;
using Xunit;
using LaserGrains.Grains.Extraction.Svg;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;

namespace LaserGrains.Tests.Unit.Extraction.Svg;

public class SvgExtractorTests
{
    private static readonly SvgExtractor Extractor = new();

    [Theory]
    [InlineData("210mm", "297mm", 210, 297)]
    [InlineData("21cm", "29.7cm", 210, 297)]
    [InlineData("8.5in", "11in", 215.9, 279.4)]
    [InlineData("72pt", "36pt", 25.4, 12.7)]
    [InlineData("96", "48px", 25.4, 12.7)]
    public void Extract_WidthAndHeightUnits_GivePhysicalSize(string width, string height, double wMm, double hMm)
    {
        var svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\"><rect width=\"1\" height=\"1\"/></svg>";

        var result = Extract(svg);
        var g = result.Geometry!;

        Assert.Equal(wMm, double.Parse(result.Properties["width_mm"], CultureInfo.InvariantCulture), 2);
        Assert.Equal(hMm, double.Parse(result.Properties["height_mm"], CultureInfo.InvariantCulture), 2);
        Assert.Equal("mm", g.Units);
        Assert.Equal("format", g.UnitsSource);
    }

    [Fact]
    public void Extract_OnlyViewBox_AssumesCssPixelsAsAHeuristic()
    {
        var result = Extract("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 480\"/>");

        Assert.Equal(254, result.Geometry!.BboxWidthMm, 3);
        Assert.Equal(127, result.Geometry.BboxHeightMm, 3);
        Assert.Equal("heuristic", result.Geometry.UnitsSource);
        Assert.Equal("0 0 960 480", result.Properties["viewbox"]);
    }

    [Fact]
    public void Extract_WidthOnlyWithViewBox_TakesHeightFromAspectRatio()
    {
        var g = Extract("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100mm\" viewBox=\"0 0 400 100\"/>").Geometry!;

        Assert.Equal(100, g.BboxWidthMm, 6);
        Assert.Equal(25, g.BboxHeightMm, 6);
    }

    [Fact]
    public void Extract_PercentSizeWithoutViewBox_HasNoGeometryAndWarns()
    {
        var result = Extract("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%\"/>");

        Assert.Null(result.Geometry);
        Assert.Single(result.Warnings);
        Assert.Equal("100%", result.Properties["width"]);
    }

    [Fact]
    public void Extract_InkscapeStyleFile_CountsElementsAndReadsText()
    {
        const string svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape (http://www.inkscape.org/) -->
            <svg width="300mm" height="200mm" viewBox="0 0 300 200" version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape">
              <title>Side panel CL0042</title>
              <g inkscape:label="cut" inkscape:groupmode="layer">
                <rect x="0" y="0" width="300" height="200"/>
                <circle cx="20" cy="20" r="3"/>
                <circle cx="280" cy="20" r="3"/>
                <path d="M 10 10 L 50 50"/>
              </g>
              <text x="5" y="195">PART 7</text>
            </svg>
            """;

        var result = Extract(svg);

        Assert.Equal(new Dictionary<string, int> { ["g"] = 1, ["rect"] = 1, ["circle"] = 2, ["path"] = 1, ["text"] = 1 }, result.Geometry!.EntityCounts);
        Assert.Contains("Side panel CL0042", result.Text, StringComparison.Ordinal);
        Assert.Contains("PART 7", result.Text, StringComparison.Ordinal);
        Assert.Equal(300, result.Geometry.BboxWidthMm);
    }

    [Fact]
    public void Extract_DoctypeDeclaration_IsRefused()
    {
        const string svg = """
            <?xml version="1.0"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"/>
            """;

        Assert.Equal("invalid_file", Run.Fails(Extractor, FileKind.Svg, Encoding.UTF8.GetBytes(svg)).Code);
    }

    [Fact]
    public void Extract_NotSvgRoot_FailsAsInvalidFile() =>
        Assert.Equal("invalid_file", Run.Fails(Extractor, FileKind.Svg, "<html><svg/></html>"u8.ToArray()).Code);

    [Theory]
    [InlineData("10mm", 10.0)]
    [InlineData(" 2.5cm ", 25.0)]
    [InlineData("1in", 25.4)]
    [InlineData("6pc", 25.4)]
    [InlineData("40q", 10.0)]
    [InlineData("1e2px", 26.4583)]
    public void ToMillimetres_AbsoluteUnits_Convert(string text, double expected) =>
        Assert.Equal(expected, SvgLength.ToMillimetres(text)!.Value, 3);

    [Theory]
    [InlineData("50%")]
    [InlineData("2em")]
    [InlineData("-5mm")]
    [InlineData("wide")]
    public void ToMillimetres_RelativeOrInvalid_ReturnsNull(string text) => Assert.Null(SvgLength.ToMillimetres(text));

    private static Grains.Extraction.ExtractionResult Extract(string svg) =>
        Run.Extract(Extractor, FileKind.Svg, Encoding.UTF8.GetBytes(svg));

    [Fact]
    public void Extract_Properties_AreInvariantCulture()
    {
        var result = Extract("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12.5mm\" height=\"3mm\"/>");
        Assert.Equal(12.5, double.Parse(result.Properties["width_mm"], CultureInfo.InvariantCulture));
    }
}
