using Xunit;
using System.Text;
using System.Xml.Linq;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Preview;
using LaserGrains.Tests.Unit.Extraction.Dxf;

namespace LaserGrains.Tests.Unit.Preview;

public sealed class SvgPreviewRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static (XElement Root, PreviewResult Result) Render(string dxf, IReadOnlyList<Defect>? defects = null, PreviewOptions? options = null)
    {
        var result = SvgPreviewRenderer.Render(
            new MemoryStream(Encoding.Latin1.GetBytes(dxf)), defects ?? [], options ?? PreviewOptions.Default, CancellationToken.None);
        return (XElement.Parse(result.Svg), result);
    }

    private static List<XElement> Paths(XElement root) => [.. root.Descendants(Svg + "path").Where(p => p.Attribute("data-contour") is not null)];

    private static readonly string Mm = DxfSamples.Header(("$INSUNITS", 70, 4));

    [Fact]
    public void Plate_with_hole_gives_one_outer_and_one_hole_path_with_y_flipped()
    {
        var (root, _) = Render(DxfSamples.File(DxfSamples.Rectangle(0, 0, 100, 50) + DxfSamples.Circle(20, 10, 5), Mm));

        var paths = Paths(root);
        Assert.Equal(5, paths.Count);
        Assert.Equal(4, paths.Count(p => (string?)p.Attribute("class") == "outer"));
        var hole = Assert.Single(paths, p => (string?)p.Attribute("class") == "hole");
        // A native circle: two SVG arcs of radius 5 around (20, -10) after the Y flip.
        Assert.Equal("M25 -10A5 5 0 1 0 15 -10A5 5 0 1 0 25 -10Z", (string?)hole.Attribute("d"));
        Assert.Equal("-4.47 -54.47 108.94 58.94", (string?)root.Attribute("viewBox"));
    }

    [Fact]
    public void Open_contour_is_classed_open_and_its_defect_gets_a_numbered_ring()
    {
        var dxf = DxfSamples.File(DxfSamples.Line(0, 0, 100, 0) + DxfSamples.Line(100, 0, 100, 50), Mm);
        Defect[] defects = [new("units_unknown", "no units"), new("open_contour", "Open contour at (0, 0)", 0, 0)];

        var (root, _) = Render(dxf, defects);

        Assert.All(Paths(root), p => Assert.Equal("open", (string?)p.Attribute("class")));
        var marker = Assert.Single(root.Descendants(Svg + "g"), g => (string?)g.Attribute("data-defect") is not null);
        Assert.Equal("2", (string?)marker.Attribute("data-defect"));
        Assert.Contains("open_contour", (string?)marker.Attribute("class"), StringComparison.Ordinal);
        Assert.NotNull(marker.Element(Svg + "circle"));
        Assert.Equal("2. Open contour at (0, 0)", marker.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Counter_clockwise_arc_is_an_svg_arc_with_sweep_flag_zero_after_the_flip()
    {
        // Quarter arc from (10, 0) to (0, 10) around the origin, counter-clockwise in the drawing.
        var arc = DxfSamples.Entity("ARC", (8, "0"), (10, 0), (20, 0), (40, 10), (50, 0), (51, 90));
        var (root, _) = Render(DxfSamples.File(arc, Mm));

        Assert.Equal("M10 0A10 10 0 0 0 0 -10", (string?)Assert.Single(Paths(root)).Attribute("d"));
    }

    [Fact]
    public void Bulge_polyline_segments_become_arcs()
    {
        // A closed slot: two straight sides and two half circles (bulge 1 = 180°).
        var slot = DxfSamples.Entity("LWPOLYLINE", (8, "0"), (90, 4), (70, 1),
            (10, 0), (20, 0), (10, 20), (20, 0), (42, 1), (10, 20), (20, 10), (10, 0), (20, 10), (42, 1));
        var (root, _) = Render(DxfSamples.File(slot, Mm));

        var d = (string?)Assert.Single(Paths(root)).Attribute("d");
        Assert.Equal("M0 0L20 0A5 5 0 0 0 20 -10L0 -10A5 5 0 0 0 0 0Z", d);
    }

    [Fact]
    public void Duplicate_line_is_classed_duplicate_and_redrawn_thick_on_the_defects_layer()
    {
        var square = DxfSamples.Rectangle(0, 0, 10, 10);
        Defect[] defects = [new("duplicate_geometry", "drawn twice", 0, 0)];
        var (root, _) = Render(DxfSamples.File(square + DxfSamples.Line(0, 0, 10, 0), Mm), defects);

        var duplicate = Assert.Single(Paths(root), p => (string?)p.Attribute("class") == "duplicate");
        var layer = root.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == "defects");
        var doubled = Assert.Single(layer.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "doubled");
        Assert.Equal((string?)duplicate.Attribute("d"), (string?)doubled.Attribute("d"));
        Assert.Contains(".doubled path{fill:none;stroke:#dc2626;stroke-width:6", root.Element(Svg + "style")!.Value, StringComparison.Ordinal);
        Assert.Single(layer.Elements(Svg + "g"), g => (string?)g.Attribute("data-defect") == "1");
    }

    [Fact]
    public void Strings_from_the_file_are_escaped()
    {
        var evil = "<script>alert(1)</script>&\"";
        var text = DxfSamples.Entity("TEXT", (8, "a\"><script>"), (10, 1), (20, 1), (40, 2), (1, evil));
        var dxf = DxfSamples.File(DxfSamples.Rectangle(0, 0, 10, 10) + text, Mm);
        Defect[] defects = [new("text_not_outlined", $"Text \"{evil}\" is not outlined", 1, 1, "a\"><script>")];

        var (root, result) = Render(dxf, defects);

        Assert.DoesNotContain("<script", result.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal(evil, root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "text").Value);
    }

    [Fact]
    public void Over_the_vertex_budget_the_preview_is_simplified_and_says_so()
    {
        // A wavy polyline of 2,000 points under a budget of 500.
        var tags = new List<(int, object)> { (8, "0"), (90, 2000), (70, 0) };
        for (var i = 0; i < 2000; i++)
        {
            tags.Add((10, i * 0.1));
            tags.Add((20, Math.Sin(i * 0.001)));
        }

        var dxf = DxfSamples.File(DxfSamples.Entity("LWPOLYLINE", [.. tags]), Mm);
        var (root, result) = Render(dxf, options: PreviewOptions.Default with { VertexBudget = 500 });

        Assert.True(result.Simplified);
        Assert.Equal("true", (string?)root.Attribute("data-simplified"));
        Assert.InRange(result.Vertices, 2, 500);
        Assert.Contains(root.Descendants(Svg + "text"), t => t.Value.StartsWith("Simplified preview", StringComparison.Ordinal));
    }

    [Fact]
    public void Drawing_without_geometry_says_so()
    {
        var (root, result) = Render(DxfSamples.File("", Mm));

        Assert.False(result.Simplified);
        Assert.Equal("No cuttable geometry", root.Descendants(Svg + "text").Single().Value);
    }

    [Fact]
    public void Inches_are_drawn_in_millimetres()
    {
        var (root, _) = Render(DxfSamples.File(DxfSamples.Line(0, 0, 1, 0), DxfSamples.Header(("$INSUNITS", 70, 1))));

        Assert.Equal("M0 0L25.4 0", (string?)Assert.Single(Paths(root)).Attribute("d"));
    }
}
