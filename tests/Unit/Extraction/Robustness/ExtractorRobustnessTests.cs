using Xunit;
using System.Text;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.Grains.Extraction.Excel;
using LaserGrains.Grains.Extraction.Images;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Extraction.Pdf;
using LaserGrains.Grains.Extraction.Svg;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Dxf;
using LaserGrains.Tests.Unit.Extraction.Excel;
using LaserGrains.Tests.Unit.Extraction.Images;
using LaserGrains.Tests.Unit.Extraction.LightBurn;
using LaserGrains.Tests.Unit.Extraction.Pdf;
using LaserGrains.Tests.Unit.Extraction.Support;
using UglyToad.PdfPig.Content;

namespace LaserGrains.Tests.Unit.Extraction.Robustness;

public class ExtractorRobustnessTests
{
    private const int Seed = 20261129;
    private const string SvgNamespace = "xmlns=\"http://www.w3.org/2000/svg\"";

    private static readonly TimeSpan CancelAfter = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan HardLimit = TimeSpan.FromSeconds(10);

    private static readonly DxfExtractor Dxf = new();
    private static readonly PdfExtractor Pdf = new();
    private static readonly XlsxExtractor Xlsx = new();
    private static readonly XlsExtractor Xls = new();
    private static readonly CsvExtractor Csv = new();
    private static readonly LightBurnExtractor LightBurn = new();
    private static readonly ImageExtractor Image = new();
    private static readonly SvgExtractor Svg = new();

    /// <summary>Valid inputs for every extractor.</summary>
    public static IReadOnlyList<FuzzSeed> Seeds() =>
    [
        new("dxf-parts", Dxf, FileKind.DxfAscii, DxfBytes(DxfSamples.File(
            DxfSamples.Rectangle(0, 0, 100, 50) + DxfSamples.Circle(20, 25, 5)
            + DxfSamples.Entity("ARC", (8, "0"), (10, 60), (20, 25), (40, 8), (50, 0), (51, 180))
            + DxfSamples.Entity("LWPOLYLINE", (8, "0"), (90, 3), (70, 1), (10, 70), (20, 10), (42, 0.5), (10, 90), (20, 10), (10, 80), (20, 30))
            + DxfSamples.Entity("INSERT", (8, "0"), (2, "TAB"), (10, 110), (20, 0), (41, -1), (50, 30))
            + DxfSamples.Entity("TEXT", (8, "0"), (10, 1), (20, 1), (40, 2), (1, "PART A")),
            header: DxfSamples.Header(("$INSUNITS", 70, 4)),
            blocks: DxfSamples.Block("TAB", DxfSamples.Line(0, 0, 10, 0) + DxfSamples.Line(10, 0, 10, 5))))),
        new("dxf-binary-corpus", Dxf, FileKind.DxfBinary, File.ReadAllBytes(System.IO.Path.Combine(DxfCorpus.Root, "dxf", "mozman__bin_dxf_r12.dxf"))),
        new("title-block", Pdf, FileKind.Pdf, TestPdfs.WithLines(PageSize.A4, ["PART NAME: Bracket", "THK: 5mm", "QTY: 3"])),
        new("corpus-sample", Pdf, FileKind.Pdf, TestFiles.Bytes("pdf/haplokuon__sample.pdf")),
        new("job-sheet", Xlsx, FileKind.Xlsx, JobSheets.Typical()),
        new("cut-list", Xlsx, FileKind.Xlsx, JobSheets.Save(wb => { CutListSheets.Profiles(wb.AddWorksheet("A")); CutListSheets.Inches(wb.AddWorksheet("B")); })),
        new("xls-job-sheet", Xls, FileKind.Xls, TestFiles.Bytes("sheets/job-sheet.xls")),
        new("csv-cut-list", Csv, FileKind.Csv, "Part;Qty;Length (in)\nRail;4 at 12 inches;\n\"Leg; long\";2;24-36\nTotal;6;\n"u8.ToArray()),
        new("acrylic", LightBurn, FileKind.LightBurn, Lbrn2Projects.Bytes(Lbrn2Projects.Acrylic)),
        new("corpus-cut-modes", LightBurn, FileKind.LightBurn, TestFiles.Bytes("lightburn/nucarve__op-4-cut-modes.lbrn")),
        new("curves-and-text", LightBurn, FileKind.LightBurn, Lbrn2Projects.Bytes(Lbrn2Projects.Curve)),
        new("clb-library", LightBurn, FileKind.LightBurn, Lbrn2Projects.Bytes(LightBurnLibraryTests.Library)),
        new("png", Image, FileKind.Png, TestImages.Png(64, 32, 11811)),
        new("jpeg-gps", Image, FileKind.Jpeg, TestImages.JpegWithGps(64, 32, 300)),
        new("bmp", Image, FileKind.Bmp, TestImages.Bmp(8, 8, 3780)),
        new("gif", Image, FileKind.Gif, TestImages.Gif(8, 8)),
        new("tiff", Image, FileKind.Tiff, Tiff.Image(8, 8, 300, 2)),
        new("webp", Image, FileKind.WebP, TestImages.WebP(8, 8)),
        new("pdf-vector-sheet", Pdf, FileKind.Pdf, VectorPdfs.Plate(60, 30, 6, drawnPerTrue: 2, scaleText: "SCALE 2:1")),
        new("pdf-vector-outline", Pdf, FileKind.Pdf, VectorPdfs.Plate(80, 40, 10, sheet: false)),
        new("svg-paths", Svg, FileKind.Svg, Encoding.UTF8.GetBytes($"<svg {SvgNamespace} width=\"100mm\" height=\"50mm\" viewBox=\"0 0 200 100\"><g transform=\"translate(5 5) rotate(10 50 25)\"><path d=\"M10 10h80v40H10z m20 10a5 5 0 1 0 10 0a5 5 0 1 0-10 0 M60 20c5 0 10 5 10 10s-5 10-10 10q-5 0-5-5t5-5\"/><rect x=\"100\" y=\"10\" width=\"30\" height=\"20\" rx=\"4\"/><polygon points=\"150,10 180,10 165,40\"/><ellipse cx=\"160\" cy=\"70\" rx=\"10\" ry=\"5\"/><line x1=\"0\" y1=\"90\" x2=\"50\" y2=\"90\"/></g></svg>")),
        new("inkscape", Svg, FileKind.Svg, "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"100mm\" viewBox=\"0 0 210 100\"><title>t</title><g><rect width=\"10\" height=\"10\"/><circle r=\"3\"/></g><text>A</text></svg>"u8.ToArray()),
    ];

    /// <summary>Built to exhaust parsers; each must be refused or read safely, within the time limits.</summary>
    public static IReadOnlyList<FuzzSeed> Hostile() =>
    [
        new("dxf-self-insert", Dxf, FileKind.DxfAscii, DxfBytes(DxfSamples.File(
            DxfSamples.Entity("INSERT", (2, "A"), (10, 0), (20, 0)),
            blocks: DxfSamples.Block("A", DxfSamples.Entity("INSERT", (2, "B"), (10, 1), (20, 1)))
                + DxfSamples.Block("B", DxfSamples.Entity("INSERT", (2, "A"), (10, 1), (20, 1)))))),
        new("dxf-array-explosion", Dxf, FileKind.DxfAscii, DxfBytes(DxfSamples.File(
            DxfSamples.Entity("INSERT", (2, "G"), (10, 0), (20, 0), (70, 30000), (71, 30000), (44, 1), (45, 1)),
            blocks: DxfSamples.Block("G", DxfSamples.Circle(0, 0, 0.4))))),
        new("dxf-huge-numbers", Dxf, FileKind.DxfAscii, DxfBytes(DxfSamples.File(
            DxfSamples.Line(-1e308, -1e308, 1e308, 1e308) + DxfSamples.Circle(0, 0, 1e300)
            + DxfSamples.Entity("LWPOLYLINE", (90, 2147483647), (10, 0), (20, 0))))),
        new("dxf-truncated-binary", Dxf, FileKind.DxfBinary, "AutoCAD Binary DXF\r\n\u001a\0\u0000SECTION\0"u8.ToArray()),
        new("zip-bomb", Xlsx, FileKind.Xlsx, Zips.Bomb()),
        new("csv-one-huge-row", Csv, FileKind.Csv, Encoding.ASCII.GetBytes("Part,Qty\n" + new string(',', 2_000_000))),
        new("csv-unclosed-quote", Csv, FileKind.Csv, Encoding.ASCII.GetBytes("Part,Qty\n\"" + new string('x', 1_000_000))),
        new("lbrn-deep-groups", LightBurn, FileKind.LightBurn, Lbrn2Projects.NestedGroups(5_000)),
        new("lbrn-deep-elements", LightBurn, FileKind.LightBurn, HostileInputs.DeepXml("LightBurnProject", "Shape", 200_000)),
        new("lbrn-billion-laughs", LightBurn, FileKind.LightBurn, HostileInputs.BillionLaughs("LightBurnProject")),
        new("lbrn-external-entity", LightBurn, FileKind.LightBurn, HostileInputs.ExternalEntity("LightBurnProject")),
        new("svg-deep", Svg, FileKind.Svg, HostileInputs.DeepXml("svg", "g", 200_000, SvgNamespace)),
        new("svg-billion-laughs", Svg, FileKind.Svg, HostileInputs.BillionLaughs("svg", SvgNamespace)),
        new("svg-external-entity", Svg, FileKind.Svg, HostileInputs.ExternalEntity("svg", SvgNamespace)),
        new("pdf-deep-array", Pdf, FileKind.Pdf, HostileInputs.DeepPdfArray(100_000)),
        new("png-huge-size", Image, FileKind.Png, TestImages.Png(1, 1, int.MaxValue)),
        new("svg-million-curves", Svg, FileKind.Svg, Encoding.ASCII.GetBytes($"<svg {SvgNamespace}><path d=\"M0 0{string.Concat(Enumerable.Repeat("c1 1 1 1 1 1", 400_000))}\"/></svg>")),
        new("svg-many-subpaths", Svg, FileKind.Svg, Encoding.ASCII.GetBytes($"<svg {SvgNamespace}><path d=\"{string.Concat(Enumerable.Repeat("M0 0c1 1 1 1 1 1", 300_000))}\"/></svg>")),
        new("svg-huge-path-numbers", Svg, FileKind.Svg, Encoding.ASCII.GetBytes($"<svg {SvgNamespace} width=\"10mm\" height=\"10mm\"><path transform=\"scale(1e308)\" d=\"M0 0 A1e308 1e308 0 1 1 1e308 1e308 L1e309 0 a0 0 0 00-1-1z\"/><path d=\"M1e300 0 L-1e300 0\"/></svg>")),
        new("svg-huge-numbers", Svg, FileKind.Svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e308mm\" height=\"1e309in\" viewBox=\"0 0 1e308 -1\"/>"u8.ToArray()),
        new("lbrn-huge-numbers", LightBurn, FileKind.LightBurn, "<LightBurnProject FormatVersion=\"1\"><Shape Type=\"Rect\" W=\"1e308\" H=\"1e308\"><XForm>1e308 0 0 1e308 1e308 1e308</XForm></Shape><Shape Type=\"Polygon\" N=\"2147483647\" Rx=\"1\" Ry=\"1\"/></LightBurnProject>"u8.ToArray()),
    ];

    [Fact]
    public void Extract_ThousandsOfMutatedInputs_EitherReturnOrRefuseInTime()
    {
        var report = new RobustnessHarness(Seed, CancelAfter, HardLimit).Run(Seeds(), mutationsPerSeed: 250);

        Assert.True(report.Problems.Count == 0, string.Join('\n', report.Problems));
        Assert.True(report.Runs >= 3_000, $"only {report.Runs} runs");
        // The mutations must reach both paths of the contract, or the test proves nothing.
        Assert.True(report.Outcomes[RunOutcome.Result] > 100, $"results: {report.Outcomes[RunOutcome.Result]}");
        Assert.True(report.Outcomes[RunOutcome.Refused] > 100, $"refusals: {report.Outcomes[RunOutcome.Refused]}");
    }

    private static byte[] DxfBytes(string text) => Encoding.ASCII.GetBytes(text);

    [Fact]
    public void Extract_HostileInputs_AreRefusedOrReadSafely()
    {
        var report = new RobustnessHarness(Seed, CancelAfter, HardLimit).Run(Hostile(), mutationsPerSeed: 0);

        Assert.True(report.Problems.Count == 0, string.Join('\n', report.Problems));
        Assert.Equal(Hostile().Count, report.Runs);
    }

    [Theory]
    [InlineData("zip-bomb", "limit_exceeded")]
    [InlineData("lbrn-deep-elements", "limit_exceeded")]
    [InlineData("svg-deep", "limit_exceeded")]
    [InlineData("svg-million-curves", "limit_exceeded")]
    [InlineData("svg-many-subpaths", "limit_exceeded")]
    [InlineData("lbrn-billion-laughs", "invalid_file")]
    [InlineData("svg-external-entity", "invalid_file")]
    public void Extract_ResourceAttacks_AreRefusedWithAReason(string name, string code)
    {
        var input = Hostile().Single(h => h.Name == name);
        var failure = Run.Fails(input.Extractor, input.Kind, input.Bytes);
        Assert.Equal(code, failure.Code);
    }

    [Fact]
    public void Extract_SvgPathsWithHugeNumbers_LeavesThemOutOfAFiniteGeometry()
    {
        var input = Hostile().Single(h => h.Name == "svg-huge-path-numbers");

        var result = Run.Extract(input.Extractor, input.Kind, input.Bytes);

        Assert.Null(result.Geometry?.CutLengthMm is { } c && !double.IsFinite(c) ? result.Geometry : null);
        Assert.True(result.Geometry is null || (double.IsFinite(result.Geometry.BboxWidthMm) && double.IsFinite(result.Geometry.BboxHeightMm)));
    }

    [Fact]
    public void RunOnce_ExtractorThatIgnoresCancellation_IsReportedAsHung()
    {
        var (outcome, _) = ExtractorRunner.RunOnce(new StuckExtractor(), FileKind.Unknown, [1], TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(300));
        Assert.Equal(RunOutcome.Hung, outcome);
    }

    /// <summary>A deliberately broken extractor that proves the harness notices hangs.</summary>
    private sealed class StuckExtractor : IFileExtractor
    {
        public string Name => "stuck";

        public string Version => "0";

        public bool CanExtract(FileKind kind) => true;

        public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
        {
            Thread.Sleep(2_000);
            return new ExtractionResult { Kind = FileKind.Unknown };
        }
    }
}
