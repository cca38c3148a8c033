using System.Text;
using LaserGrains.Grains.Extraction.Svg;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Svg;

public sealed class SvgPathGeometryTests
{
    private const string Ns = "xmlns=\"http://www.w3.org/2000/svg\"";

    [Fact]
    public void Extract_PlateWithHoleInMillimetreViewBox_GivesPartGeometry()
    {
        var g = Extract($"""<svg {Ns} width="200mm" height="100mm" viewBox="0 0 200 100"><rect x="10" y="10" width="100" height="50"/><circle cx="60" cy="35" r="5"/></svg>""").Geometry!;

        Assert.Equal(100, g.BboxWidthMm, 3);
        Assert.Equal(50, g.BboxHeightMm, 3);
        Assert.Equal(10, g.BboxMinXMm, 3);
        Assert.InRange(g.CutLengthMm, 300 + (Math.PI * 10) - 0.01, 300 + (Math.PI * 10) + 0.01);
        Assert.Equal(2, g.ClosedContours);
        Assert.Equal(2, g.Pierces);
        Assert.Equal("format", g.UnitsSource);
    }

    [Fact]
    public void Extract_ViewBoxInOtherUnits_ScalesToTheDocumentSize()
    {
        // 1 user unit = 0.5 mm: the 200-unit path is 100 mm.
        var g = Extract($"""<svg {Ns} width="100mm" height="50mm" viewBox="0 0 200 100"><path d="M0 0 h200 v100 h-200 z"/></svg>""").Geometry!;

        Assert.Equal(100, g.BboxWidthMm, 6);
        Assert.Equal(300, g.CutLengthMm, 6);
    }

    [Fact]
    public void Extract_NoViewBox_MeasuresUserUnitsAsCssPixels()
    {
        var g = Extract($"""<svg {Ns} width="10in" height="10in"><line x1="0" y1="0" x2="96" y2="0"/></svg>""").Geometry!;

        Assert.Equal(25.4, g.CutLengthMm, 6);
        Assert.Equal(1, g.OpenContours);
    }

    [Fact]
    public void Extract_GroupTransforms_AreComposed()
    {
        var g = Extract($"""<svg {Ns} width="100mm" height="100mm" viewBox="0 0 100 100"><g transform="translate(10,10) scale(2)"><rect transform="rotate(90)" width="10" height="5"/></g></svg>""").Geometry!;

        Assert.Equal(10, g.BboxWidthMm, 6);
        Assert.Equal(20, g.BboxHeightMm, 6);
        Assert.Equal(0, g.BboxMinXMm, 6);
    }

    [Fact]
    public void Extract_ArcsCurvesAndRelativeCommands_GiveTrueLengths()
    {
        // A semicircle of radius 10 by arc, closed by its diameter; then a quarter circle as a cubic (length ≈ 15.708).
        var g = Extract($"""<svg {Ns} width="100mm" height="100mm" viewBox="0 0 100 100"><path d="M10 50a10 10 0 0 1 20 0z M60 50c0-5.5228 4.4772-10 10-10"/></svg>""").Geometry!;

        Assert.InRange(g.CutLengthMm, (Math.PI * 10) + 20 + 15.70 - 0.02, (Math.PI * 10) + 20 + 15.71 + 0.02);
        Assert.Equal(1, g.ClosedContours);
        Assert.Equal(1, g.OpenContours);
    }

    [Fact]
    public void Extract_DefsAndHiddenShapes_AreNotPartOfThePart()
    {
        var g = Extract($"""<svg {Ns} width="100mm" height="100mm" viewBox="0 0 100 100"><defs><rect width="90" height="90"/></defs><rect display="none" width="80" height="80"/><rect width="10" height="10"/></svg>""").Geometry!;

        Assert.Equal(10, g.BboxWidthMm, 6);
        Assert.Equal(1, g.ClosedContours);
    }

    [Fact]
    public void Extract_BrokenPathData_KeepsWhatCameBeforeTheError()
    {
        var g = Extract($"""<svg {Ns} width="100mm" height="100mm" viewBox="0 0 100 100"><path d="M0 0 L10 0 L10 oops 20"/></svg>""").Geometry!;

        Assert.Equal(10, g.CutLengthMm, 6);
    }

    private static Grains.Extraction.ExtractionResult Extract(string svg) =>
        Run.Extract(new SvgExtractor(), FileKind.Svg, Encoding.UTF8.GetBytes(svg));
}
