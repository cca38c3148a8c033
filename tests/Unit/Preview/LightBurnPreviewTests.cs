using System.Globalization;
using System.Text;
using System.Xml.Linq;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Preview;
using LaserGrains.Tests.Unit.Extraction.Support;
using Xunit;

namespace LaserGrains.Tests.Unit.Preview;

/// <summary>LightBurn projects through the same renderer as DXF: roles from the extractor's contours, its defects marked.</summary>
public sealed class LightBurnPreviewTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const string Settings =
        """<CutSetting type="Cut"><index Value="0"/><name Value="Outline"/></CutSetting><CutSetting type="Scan"><index Value="1"/><name Value="Engrave"/></CutSetting>""";

    private static string Project(string shapes) => $"""<LightBurnProject AppVersion="1.7.00" FormatVersion="1">{Settings}{shapes}</LightBurnProject>""";

    private const string Plate = """<Shape Type="Rect" CutIndex="0" W="100" H="50" Cr="0"><XForm>1 0 0 1 50 25</XForm></Shape>""";
    private const string Hole = """<Shape Type="Ellipse" CutIndex="0" Rx="5" Ry="5"><XForm>1 0 0 1 20 40</XForm></Shape>""";
    private const string OpenPath = """<Shape Type="Path" CutIndex="0"><VertList>V110 0c0x1c1x1V140 0c0x1c1x1V140 30c0x1c1x1</VertList><PrimList>L0 1L1 2</PrimList></Shape>""";
    private static string Triangle(int layer) => $"""<Shape Type="Path" CutIndex="{layer}"><VertList>V60 10c0x1c1x1V80 10c0x1c1x1V70 30c0x1c1x1</VertList><PrimList>LineClosed</PrimList></Shape>""";

    private static (XElement Root, IReadOnlyList<Defect> Defects) Render(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var defects = Run.Extract(new LightBurnExtractor(), FileKind.LightBurn, bytes).Defects;
        var result = SvgPreviewRenderer.RenderLightBurn(new MemoryStream(bytes), defects, PreviewOptions.Default, ExtractionLimits.Default, CancellationToken.None);
        return (XElement.Parse(result.Svg), defects);
    }

    private static List<XElement> Contours(XElement root) =>
        [.. root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "drawing").Elements(Svg + "path")];

    private static string Role(XElement path) => (string)path.Attribute("class")!;

    private static IEnumerable<double> Ys(XElement path) =>
        ((string)path.Attribute("d")!).Split(['M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries)
        .Select(p => double.Parse(p.Split(' ')[1], CultureInfo.InvariantCulture));

    [Fact]
    public void Plate_with_hole_is_an_outer_and_a_hole_with_y_flipped_as_in_dxf()
    {
        var (root, _) = Render(Project(Plate + Hole));

        var paths = Contours(root);
        Assert.Equal(["outer", "hole"], paths.Select(Role));
        Assert.All(paths, p => Assert.Equal("Outline", (string?)p.Attribute("data-layer")));
        // LightBurn's Y is up: the hole near the plate's top edge (y 35..45 of 0..50) is drawn near the top (SVG y -45..-35).
        Assert.Equal(-45, Ys(paths[1]).Min(), 1);
        Assert.Equal(-35, Ys(paths[1]).Max(), 1);
        Assert.Equal([-50.0, 0.0], Ys(paths[0]).Distinct().Order());
        Assert.Equal("mm", (string?)root.Attribute("data-units"));
    }

    [Fact]
    public void Open_path_is_classed_open_and_its_defect_ring_sits_at_its_end()
    {
        var (root, defects) = Render(Project(Plate + OpenPath));

        Assert.Equal(["outer", "open"], Contours(root).Select(Role));
        var n = defects.ToList().FindIndex(d => d.Code == "open_contour") + 1;
        var marker = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-defect") == n.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("140", (string?)marker.Attribute("data-x"));
        Assert.Equal("-30", (string?)marker.Attribute("data-y"));
        Assert.NotNull(marker.Element(Svg + "circle"));
    }

    [Fact]
    public void Repeated_path_on_a_cut_layer_is_a_duplicate_redrawn_thick_on_the_defects_layer()
    {
        var (root, defects) = Render(Project(Plate + Triangle(0) + Triangle(0)));

        Assert.Equal(["outer", "hole", "duplicate"], Contours(root).Select(Role));
        Assert.Single(defects, d => d.Code == "duplicate_geometry");
        var layer = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "defects");
        var doubled = Assert.Single(layer.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "doubled");
        Assert.Equal("3", (string?)doubled.Attribute("data-contour"));
        Assert.Equal((string?)Contours(root)[2].Attribute("d"), (string?)doubled.Attribute("d"));
    }

    [Fact]
    public void Repeated_path_on_an_engraving_layer_is_no_duplicate()
    {
        var (root, defects) = Render(Project(Plate + Triangle(1) + Triangle(1)));

        Assert.DoesNotContain(Contours(root), p => Role(p) == "duplicate");
        Assert.DoesNotContain(defects, d => d.Code == "duplicate_geometry");
    }

    [Fact]
    public void Live_text_is_drawn_as_text_with_a_dashed_box_and_escaped()
    {
        var (root, defects) = Render(Project(Plate + """<Shape Type="Text" CutIndex="0" Str="A&lt;b&gt;" H="5"><XForm>1 0 0 1 30 20</XForm></Shape>"""));

        var text = Assert.Single(root.Descendants(Svg + "text"), t => (string?)t.Attribute("class") == "text");
        Assert.Equal("A<b>", text.Value);
        Assert.Equal("-20", (string?)text.Attribute("y"));
        Assert.Single(defects, d => d.Code == "text_not_outlined");
        Assert.Contains(root.Descendants(Svg + "rect"), r => ((string?)r.Attribute("class"))?.Contains("dashed", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Material_library_or_empty_project_says_there_is_no_geometry()
    {
        var (root, _) = Render(Project(""));

        Assert.Contains("No cuttable geometry", root.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_project_renders_every_contour_of_the_extractor()
    {
        var bytes = TestFiles.Bytes("lightburn/nucarve__complex-ll-top.lbrn");
        var result = SvgPreviewRenderer.RenderLightBurn(new MemoryStream(bytes), [], PreviewOptions.Default, ExtractionLimits.Default, CancellationToken.None);

        var paths = Contours(XElement.Parse(result.Svg));
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.StartsWith("M", (string?)p.Attribute("d"), StringComparison.Ordinal));
    }
}
