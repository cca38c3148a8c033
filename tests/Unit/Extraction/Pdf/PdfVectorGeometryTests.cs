using LaserGrains.Grains.Extraction.Pdf;
using LaserGrains.Tests.Unit.Extraction.Support;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Pdf;

public sealed class PdfVectorGeometryTests
{
    private static readonly double HoleLength10 = Math.PI * 10;

    [Fact]
    public void Extract_PlateAtOneToOne_GivesPartSizeCutLengthAndContours()
    {
        var g = Run.Extract(new PdfExtractor(), FileKind.Pdf, VectorPdfs.Plate(100, 50, 10, scaleText: "SCALE 1:1")).Geometry!;

        Assert.Equal(100, g.BboxWidthMm, 1);
        Assert.Equal(50, g.BboxHeightMm, 1);
        Assert.Equal(300 + HoleLength10, g.CutLengthMm, 0);
        Assert.InRange(g.CutLengthMm, 331.1, 331.7);
        Assert.Equal(2, g.ClosedContours);
        Assert.Equal(0, g.OpenContours);
        Assert.Equal(2, g.Pierces);
    }

    [Fact]
    public void Extract_PlateOnSheet_DropsFrameTicksTitleBlockAndDimensionLines()
    {
        var result = Run.Extract(new PdfExtractor(), FileKind.Pdf, VectorPdfs.Plate(100, 50, 10, scaleText: "SCALE 1:1"));

        var dropped = result.Properties["pdf_paths_dropped"];
        Assert.Contains("frame:1", dropped, StringComparison.Ordinal);
        Assert.Contains("title_block:3", dropped, StringComparison.Ordinal);
        Assert.Contains("annotation:3", dropped, StringComparison.Ordinal);
        Assert.Matches(@"tick:(1[5-9]|2\d)", dropped);
        Assert.Equal("1:1", result.Properties["geometry_scale"]);
        Assert.Equal("scale", result.Geometry!.UnitsSource);
    }

    [Fact]
    public void Extract_ThreeToOneDrawing_GivesTrueSizeFromTitleBlockScale()
    {
        var result = Run.Extract(new PdfExtractor(), FileKind.Pdf, VectorPdfs.Plate(60, 30, 6, drawnPerTrue: 3, scaleText: "SCALE 3:1"));
        var g = result.Geometry!;

        Assert.Equal(60, g.BboxWidthMm, 1);
        Assert.Equal(30, g.BboxHeightMm, 1);
        Assert.InRange(g.CutLengthMm, 180 + (Math.PI * 6) - 0.2, 180 + (Math.PI * 6) + 0.2);
        Assert.Equal("3:1", result.Properties["geometry_scale"]);
        Assert.Equal(PdfVectorPage.StatedScaleConfidence.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Properties["geometry_confidence"]);
    }

    [Fact]
    public void Extract_BareOutlineWithoutScale_IsReadAtPageScaleWithLowerConfidence()
    {
        var result = Run.Extract(new PdfExtractor(), FileKind.Pdf, VectorPdfs.Plate(80, 40, 10, sheet: false));

        Assert.Equal(80, result.Geometry!.BboxWidthMm, 1);
        Assert.Equal("page", result.Geometry.UnitsSource);
        Assert.Equal("1:1", result.Properties["geometry_scale"]);
        Assert.Equal("0.6", result.Properties["geometry_confidence"]);
    }

    [Fact]
    public void Extract_OutlineOfSeparateSegments_KeepsShortSegmentsThatTouchTheirNeighbours()
    {
        // A 100 × 50 outline with a 2 × 2 mm notch: the 2 mm segments are shorter than a tick but are part of the part.
        var g = Run.Extract(new PdfExtractor(), FileKind.Pdf, VectorPdfs.Segments((0, 0), (40, 0), (40, 2), (42, 2), (42, 0), (100, 0), (100, 50), (0, 50))).Geometry!;

        Assert.Equal(304, g.CutLengthMm, 1);
        Assert.Equal(8, g.OpenContours);
        Assert.Equal(0, g.ClosedContours);
        Assert.Equal(100, g.BboxWidthMm, 1);
    }

    [Fact]
    public void Extract_TextOnlyPdf_HasNoGeometry()
    {
        var result = Run.Extract(new PdfExtractor(), FileKind.Pdf, TestPdfs.WithLines(UglyToad.PdfPig.Content.PageSize.A4, ["TITLE: BRACKET", "SCALE 2:1"]));

        Assert.Null(result.Geometry);
    }

    [Theory]
    [InlineData("SCALE 2:1", 0.5)]
    [InlineData("Scale: 1:2", 2.0)]
    [InlineData("SCALE = 1/5", 5.0)]
    [InlineData("scale 1.5:1", 1 / 1.5)]
    public void DrawingScale_StatedScale_GivesTruePerDrawn(string text, double truePerDrawn)
    {
        Assert.Equal(truePerDrawn, DrawingScale.Find("TITLE: X\n" + text)!.Value.TruePerDrawn, 6);
    }

    [Theory]
    [InlineData("NOT TO SCALE")]
    [InlineData("SCALE 0:1")]
    [InlineData("")]
    public void DrawingScale_NoUsableScale_GivesNull(string text)
    {
        Assert.Null(DrawingScale.Find(text));
    }
}
