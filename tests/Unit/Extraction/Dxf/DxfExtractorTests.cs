using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;
using static LaserGrains.Tests.Unit.Extraction.Dxf.DxfSamples;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

public class DxfExtractorTests
{
    private static ExtractionContext Context(double? thickness = null) =>
        new() { Kind = FileKind.DxfAscii, KnownThicknessMm = thickness };

    private static IEnumerable<string> Codes(ExtractionResult r) => r.Defects.Select(d => d.Code);

    [Fact]
    public void Extract_InsUnitsInches_ConvertsToMillimetres()
    {
        var r = Extract(File(Rectangle(0, 0, 2, 1), Header(("$INSUNITS", 70, 1), ("$MEASUREMENT", 70, 1))));

        Assert.Equal("in", r.Geometry!.Units);
        Assert.Equal("insunits", r.Geometry.UnitsSource);
        Assert.Equal(50.8, r.Geometry.BboxWidthMm, 9);
        Assert.Equal(6 * 25.4, r.Geometry.CutLengthMm, 9);
        Assert.Equal(2 * 25.4 * 25.4, r.Geometry.NetAreaMm2, 6);
    }

    [Fact]
    public void Extract_UnitlessInsUnitsButMetricMeasurement_UsesMeasurement()
    {
        var r = Extract(File(Rectangle(0, 0, 2, 1), Header(("$INSUNITS", 70, 0), ("$MEASUREMENT", 70, 1))));

        Assert.Equal("mm", r.Geometry!.Units);
        Assert.Equal("measurement", r.Geometry.UnitsSource);
        Assert.DoesNotContain("units_unknown", Codes(r));
    }

    [Fact]
    public void Extract_ImperialMeasurement_UsesInches()
    {
        var r = Extract(File(Rectangle(0, 0, 200, 100), Header(("$MEASUREMENT", 70, 0))));

        Assert.Equal("in", r.Geometry!.Units);
        Assert.Equal(200 * 25.4, r.Geometry.BboxWidthMm, 9);
    }

    [Theory]
    [InlineData(3, "in")]
    [InlineData(150, "mm")]
    public void Extract_NoUnitsInFile_GuessesFromSizeAndFlagsIt(double size, string expected)
    {
        var r = Extract(File(Rectangle(0, 0, size, size / 2)));

        Assert.Equal(expected, r.Geometry!.Units);
        Assert.Equal("heuristic", r.Geometry.UnitsSource);
        Assert.Contains("units_unknown", Codes(r));
    }

    [Fact]
    public void Extract_OpenPath_ReportsOpenContourAtLooseEnd()
    {
        var r = Extract(File(Line(0, 0, 10, 0) + Line(10, 0, 10, 10), Header(("$INSUNITS", 70, 4))));

        var open = r.Defects.Where(d => d.Code == "open_contour").ToList();
        Assert.Equal(2, open.Count);
        Assert.Contains(open, d => d.X == 0 && d.Y == 0);
        Assert.Contains(open, d => d.X == 10 && d.Y == 10);
        Assert.Equal(1, r.Geometry!.OpenContours);
        Assert.Equal(1, r.Geometry.Pierces);
    }

    [Fact]
    public void Extract_SameCircleTwice_ReportsDuplicateGeometry()
    {
        var r = Extract(File(Circle(0, 0, 5) + Circle(0, 0, 5) + Circle(20, 0, 5), Header(("$INSUNITS", 70, 4))));

        var dup = Assert.Single(r.Defects, d => d.Code == "duplicate_geometry");
        Assert.Equal("0", dup.Layer);
    }

    [Fact]
    public void Extract_ReversedDuplicateLine_ReportsDuplicateGeometry()
    {
        var r = Extract(File(Line(0, 0, 10, 0) + Line(10, 0, 0, 0), Header(("$INSUNITS", 70, 4))));

        Assert.Single(r.Defects, d => d.Code == "duplicate_geometry");
    }

    [Fact]
    public void Extract_TextAndMText_ReportsTextNotOutlinedAndCollectsPlainText()
    {
        var body = Rectangle(0, 0, 100, 50)
            + Entity("TEXT", (8, "ENGRAVE"), (10, 5), (20, 5), (40, 3), (1, "PART-42"))
            + Entity("MTEXT", (10, 5), (20, 20), (40, 3), (3, "{\\fArial|b1;Line one}"), (1, "\\Pline two"));

        var r = Extract(File(body, Header(("$INSUNITS", 70, 4))));

        var texts = r.Defects.Where(d => d.Code == "text_not_outlined").ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains(texts, d => d.Layer == "ENGRAVE" && d.X == 5);
        Assert.Equal("PART-42\nLine one\nline two", r.Text);
    }

    [Fact]
    public void Extract_HoleSmallerThanThickness_IsReportedOnlyWhenThicknessKnown()
    {
        var body = File(Rectangle(0, 0, 100, 50) + Circle(20, 25, 1) + Circle(60, 25, 10), Header(("$INSUNITS", 70, 4)));

        var withThickness = Extract(body, Context(thickness: 3));
        var without = Extract(body, Context());

        var hole = Assert.Single(withThickness.Defects, d => d.Code == "hole_smaller_than_thickness");
        Assert.Equal(20, hole.X!.Value, 6);
        Assert.DoesNotContain("hole_smaller_than_thickness", Codes(without));
    }

    [Fact]
    public void Extract_PartLargerThanSheet_ReportsExceedsSheetButRotatedFitIsFine()
    {
        var tooBig = Extract(File(Rectangle(0, 0, 3100, 100), Header(("$INSUNITS", 70, 4))));
        var rotated = Extract(File(Rectangle(0, 0, 1400, 2900), Header(("$INSUNITS", 70, 4))));

        Assert.Contains("exceeds_sheet", Codes(tooBig));
        Assert.DoesNotContain("exceeds_sheet", Codes(rotated));
    }

    [Fact]
    public void Extract_OnlyText_ReportsEmptyDrawing()
    {
        var r = Extract(File(Entity("TEXT", (10, 0), (20, 0), (1, "nothing to cut"))));

        Assert.Contains("empty_drawing", Codes(r));
        Assert.Equal(0, r.Geometry!.CutLengthMm);
    }

    [Fact]
    public void Extract_CleanPlate_HasNoDefectsAndFillsSummary()
    {
        var header = Header(("$ACADVER", 1, "AC1015"), ("$INSUNITS", 70, 4));
        var r = Extract(File(Rectangle(10, 20, 110, 70) + Circle(60, 45, 10, "HOLES"), header));

        Assert.Empty(r.Defects);
        var g = r.Geometry!;
        Assert.Equal(100, g.BboxWidthMm, 9);
        Assert.Equal(50, g.BboxHeightMm, 9);
        Assert.Equal(10, g.BboxMinXMm, 9);
        Assert.Equal(20, g.BboxMinYMm, 9);
        Assert.Equal(2, g.ClosedContours);
        Assert.Equal(2, g.Pierces);
        Assert.Equal(4, g.EntityCounts["LINE"]);
        Assert.Equal(["0", "HOLES"], g.Layers);
        Assert.Equal("AC1015", r.Properties["dxf.version"]);
        Assert.Equal("windows-1252", r.Properties["dxf.encoding"]);
        Assert.Equal(FileKind.DxfAscii, r.Kind);
    }

    [Fact]
    public void Extractor_Identity_MatchesContract()
    {
        var e = new DxfExtractor();

        Assert.Equal("dxf", e.Name);
        Assert.Equal("1.0.0", e.Version);
        Assert.True(e.CanExtract(FileKind.DxfAscii));
        Assert.True(e.CanExtract(FileKind.DxfBinary));
        Assert.False(e.CanExtract(FileKind.Svg));
    }
}
