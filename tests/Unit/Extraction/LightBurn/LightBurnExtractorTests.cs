using System.Text.Json;
using Xunit;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;

namespace LaserGrains.Tests.Unit.Extraction.LightBurn;

public class LightBurnExtractorTests
{
    private static readonly LightBurnExtractor Extractor = new();

    [Fact]
    public void Extract_Lbrn2Project_ReadsCutSettings()
    {
        var result = Run.Extract(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(Lbrn2Projects.Acrylic));

        Assert.Equal("1", result.Properties["format_version"]);
        Assert.Equal("Thunder Nova 35", result.Properties["device_name"]);
        Assert.Equal("2", result.Properties["cut_setting_count"]);
        Assert.Equal("Cut:1,Scan:1", result.Properties["cut_setting_types"]);
        using var json = JsonDocument.Parse(result.Properties["cut_settings"]);
        var cut = json.RootElement[0];
        Assert.Equal("C00", cut.GetProperty("name").GetString());
        Assert.Equal(25, cut.GetProperty("speed").GetDouble());
        Assert.Equal(60, cut.GetProperty("maxPower").GetDouble());
        Assert.Equal(2, cut.GetProperty("passes").GetInt32());
        Assert.Equal(1, json.RootElement[1].GetProperty("passes").GetInt32());
        Assert.Equal(10, json.RootElement[1].GetProperty("minPower").GetDouble());
    }

    [Fact]
    public void Extract_Lbrn2Project_CountsShapesAndTransformsTheBoundingBox()
    {
        var result = Run.Extract(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(Lbrn2Projects.Acrylic));

        var g = result.Geometry!;
        Assert.Equal("mm", g.Units);
        Assert.Equal("format", g.UnitsSource);
        Assert.Equal(new Dictionary<string, int> { ["Rect"] = 1, ["Ellipse"] = 1, ["Path"] = 2, ["Group"] = 1, ["Text"] = 1 }, g.EntityCounts);
        Assert.Equal(0, g.BboxMinXMm, 6);
        Assert.Equal(0, g.BboxMinYMm, 6);
        Assert.Equal(220, g.BboxWidthMm, 6);
        Assert.Equal(210, g.BboxHeightMm, 6);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Extract_Lbrn2Project_KeepsNotesAndTextStrings()
    {
        var result = Run.Extract(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(Lbrn2Projects.Acrylic));

        Assert.Equal("3mm clear acrylic, keep masking on", result.Properties["notes"]);
        Assert.Contains("ACME-01", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("iVBOR", string.Concat(result.Properties.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RotatedRect_SwapsWidthAndHeight()
    {
        var g = Run.Extract(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(Lbrn2Projects.RotatedRect)).Geometry!;

        Assert.Equal(20, g.BboxWidthMm, 6);
        Assert.Equal(100, g.BboxHeightMm, 6);
        Assert.Equal(-10, g.BboxMinXMm, 6);
    }

    [Fact]
    public void Extract_BezierPath_BoxFollowsTheCurveNotItsHandles()
    {
        var g = Run.Extract(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(Lbrn2Projects.Curve)).Geometry!;

        // B(t) from (0,0) to (40,0) with handles at height 30 peaks at 3/4 of the handle height.
        Assert.Equal(40, g.BboxWidthMm, 6);
        Assert.Equal(22.5, g.BboxHeightMm, 3);
    }

    [Fact]
    public void Extract_CorpusCutModesLbrn_ReadsFormatVersion0()
    {
        var result = Run.Extract(Extractor, FileKind.LightBurn, TestFiles.Bytes("lightburn/nucarve__op-4-cut-modes.lbrn"));

        Assert.Equal("0", result.Properties["format_version"]);
        Assert.Equal("1.2.04", result.Properties["app_version"]);
        Assert.Equal("Cut:3,Scan:1", result.Properties["cut_setting_types"]);
        Assert.Equal(new Dictionary<string, int> { ["Group"] = 2, ["Path"] = 8, ["Ellipse"] = 1 }, result.Geometry!.EntityCounts);
        // Path vertices reach from 0 to 202 mm on both axes, around the Ø199.9 mm ellipse centred at (101, 101).
        Assert.Equal(202, result.Geometry.BboxWidthMm, 3);
        Assert.Equal(202, result.Geometry.BboxHeightMm, 3);
        Assert.Equal(0, result.Geometry.BboxMinXMm, 3);
        Assert.Contains("LaserPost", result.Properties["notes"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lightburn/nucarve__complex-ll-top.lbrn", "Scan:1,Cut:2", 46)]
    public void Extract_CorpusProjects_CountLayersAndShapes(string file, string types, int shapes)
    {
        var result = Run.Extract(Extractor, FileKind.LightBurn, TestFiles.Bytes(file));

        Assert.Equal(types, result.Properties["cut_setting_types"]);
        Assert.DoesNotContain("\\u00", result.Properties["cut_settings"], StringComparison.Ordinal);
        Assert.Equal(shapes, result.Geometry!.EntityCounts.Values.Sum());
        Assert.True(result.Geometry.BboxWidthMm > 0 && result.Geometry.BboxHeightMm > 0);
    }

    [Fact]
    public void Extract_DoctypeWithEntities_IsRefused()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE LightBurnProject [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <LightBurnProject FormatVersion="1"><Notes Notes="&xxe;"/></LightBurnProject>
            """;
        var failure = Run.Fails(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(xml));

        Assert.Equal("invalid_file", failure.Code);
        Assert.Contains("DTD", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GroupsNestedBeyondTheLimit_FailsAsLimitExceeded() =>
        Assert.Equal("limit_exceeded", Run.Fails(Extractor, FileKind.LightBurn, Lbrn2Projects.NestedGroups(40)).Code);

    [Fact]
    public void Extract_NestedGroupsWithinTheLimit_ComposeTranslations()
    {
        var g = Run.Extract(Extractor, FileKind.LightBurn, Lbrn2Projects.NestedGroups(10)).Geometry!;

        Assert.Equal(9, g.BboxMinXMm, 6);
        Assert.Equal(2, g.BboxWidthMm, 6);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("<LightBurnProject><Shape>")]
    public void Extract_NotAProject_FailsAsInvalidFile(string xml) =>
        Assert.Equal("invalid_file", Run.Fails(Extractor, FileKind.LightBurn, Lbrn2Projects.Bytes(xml)).Code);
}
