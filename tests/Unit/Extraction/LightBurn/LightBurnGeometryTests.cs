using System.Text.Json;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.LightBurn;

public sealed class LightBurnGeometryTests
{
    private static readonly LightBurnExtractor Extractor = new();

    private static ExtractionResultOf Read(string xml)
    {
        var r = Run.Extract(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(xml));
        return new(r.Geometry!, r.Defects, r.Properties);
    }

    private static string Project(string shapes, string settings = """<CutSetting type="Cut"><index Value="0"/><name Value="C00"/><speed Value="20"/><numPasses Value="2"/></CutSetting>""") =>
        $"""<LightBurnProject AppVersion="1.7.00" FormatVersion="1">{settings}{shapes}</LightBurnProject>""";

    [Fact]
    public void Rect_WithCornerRadius_CutLengthIsTheRoundedPerimeter()
    {
        var g = Read(Project("""<Shape Type="Rect" CutIndex="0" W="100" H="50" Cr="5"><XForm>1 0 0 1 50 25</XForm></Shape>""")).Geometry;

        Assert.Equal((2 * (100 + 50)) - (8 * 5) + (2 * Math.PI * 5), g.CutLengthMm, 1);
        Assert.Equal(1, g.ClosedContours);
        Assert.Equal(1, g.Pierces);
        Assert.Equal(100, g.BboxWidthMm, 6);
    }

    [Fact]
    public void Ellipse_ScaledByItsGroup_LengthAndBoxInProjectMillimetres()
    {
        var g = Read(Project("""<Shape Type="Group"><XForm>2 0 0 2 0 0</XForm><Children><Shape Type="Ellipse" CutIndex="0" Rx="10" Ry="10"><XForm>1 0 0 1 30 30</XForm></Shape></Children></Shape>""")).Geometry;

        Assert.Equal(2 * Math.PI * 20, g.CutLengthMm, 0);
        Assert.Equal(40, g.BboxWidthMm, 3);
        Assert.Equal(40, g.BboxMinXMm, 3);
    }

    [Fact]
    public void Path_LinesAndBezier_OpenAndClosedContoursAndOpenDefectWithLocation()
    {
        var r = Read(Project("""
            <Shape Type="Path" CutIndex="0"><XForm>1 0 0 1 0 0</XForm><VertList>V0 0c0x1c1x1V10 0c0x1c1x1V10 10c0x1c1x1</VertList><PrimList>LineClosed</PrimList></Shape>
            <Shape Type="Path" CutIndex="0"><XForm>1 0 0 1 100 0</XForm><VertList>V0 0c0x0c0y30c1x1V40 0c0x1c1x40c1y30</VertList><PrimList>B0 1</PrimList></Shape>
            """));

        Assert.Equal(1, r.Geometry.ClosedContours);
        Assert.Equal(1, r.Geometry.OpenContours);
        Assert.Equal(2, r.Geometry.Pierces);
        // Triangle 10 + 10 + 14.142; the Bézier (0,0)-(0,30)-(40,30)-(40,0) is about 67.6 mm long.
        Assert.InRange(r.Geometry.CutLengthMm, 34.14 + 67, 34.15 + 68.5);
        var open = Assert.Single(r.Defects, d => d.Code == "open_contour");
        Assert.Equal(140, open.X!.Value, 3);
        Assert.Equal("C00", open.Layer);
    }

    [Fact]
    public void Text_BackupPathXFormIsAbsolute_NotComposedWithTheGroupsAgain()
    {
        var g = Read(Lbrn2Projects.Acrylic).Geometry;

        Assert.Equal(220, g.BboxWidthMm, 3);
        Assert.Equal(210, g.BboxHeightMm, 3);
    }

    [Fact]
    public void LiveTextWithoutBackupPath_IsTextNotOutlined()
    {
        var r = Read(Project("""<Shape Type="Text" CutIndex="0" Str="SERIAL 42" H="5"><XForm>1 0 0 1 12 34</XForm></Shape><Shape Type="Rect" CutIndex="0" W="10" H="10"><XForm>1 0 0 1 0 0</XForm></Shape>"""));

        var text = Assert.Single(r.Defects, d => d.Code == "text_not_outlined");
        Assert.Contains("SERIAL 42", text.Message, StringComparison.Ordinal);
        Assert.Equal(12, text.X);
        Assert.Equal(34, text.Y);
    }

    [Fact]
    public void SameShapeTwice_IsDuplicateGeometry()
    {
        var rect = """<Shape Type="Rect" CutIndex="0" W="30" H="20"><XForm>1 0 0 1 5 5</XForm></Shape>""";

        Assert.Single(Read(Project(rect + rect)).Defects, d => d.Code == "duplicate_geometry");
    }

    [Fact]
    public void OnlyCutLayersCount_PerLayerFiguresAndTimeFromTheFilesOwnSpeedAndPasses()
    {
        var r = Read(Lbrn2Projects.Acrylic);

        var layers = JsonDocument.Parse(r.Properties["layers"]).RootElement.EnumerateArray().ToList();
        Assert.Equal(["Cut", "Scan"], layers.Select(l => l.GetProperty("type").GetString()));
        var cut = layers[0];
        var rect = (2 * (100 + 50)) - 40 + (2 * Math.PI * 5);
        var circle = 2 * Math.PI * 10;
        var triangle = 40 + Math.Sqrt(800);
        var expected = rect + circle + (2 * triangle);
        Assert.Equal(expected, cut.GetProperty("cut_length_mm").GetDouble(), 0);
        Assert.Equal(expected, r.Geometry.CutLengthMm, 0);
        Assert.Equal(4, r.Geometry.Pierces);
        // 25 mm/s, 2 passes.
        Assert.Equal(expected * 2 / 25, r.Geometry.FileCutSeconds!.Value, 0);
    }

    [Fact]
    public void CorpusProject_HasCutLengthAndContours()
    {
        var g = Run.Extract(Extractor, FileKind.LightBurn, TestFiles.Bytes("lightburn/nucarve__complex-ll-top.lbrn")).Geometry!;

        Assert.True(g.CutLengthMm > 0);
        Assert.True(g.ClosedContours + g.OpenContours > 0);
        Assert.Equal(g.ClosedContours + g.OpenContours, g.Pierces);
    }

    private sealed record ExtractionResultOf(GeometrySummary Geometry, IReadOnlyList<Defect> Defects, IReadOnlyDictionary<string, string> Properties);
}
