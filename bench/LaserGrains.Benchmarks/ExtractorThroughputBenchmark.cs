using System.Text;
using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Excel;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Extraction.Pdf;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Benchmarks;

/// <summary>
/// Throughput of the LightBurn, spreadsheet and PDF-vector extractors: the shared LightBurn corpus, a 2,000-line cut
/// list as .xlsx and .csv, and an A4 drawing of a plate with 400 holes on a framed sheet with ticks and a title block.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExtractorThroughputBenchmark
{
    private const int CutListLines = 2_000;

    private readonly LightBurnExtractor _lightBurn = new();
    private readonly XlsxExtractor _xlsx = new();
    private readonly CsvExtractor _csv = new();
    private readonly PdfExtractor _pdf = new();
    private byte[] _pdfBytes = [];
    private List<byte[]> _lbrn = [];
    private byte[] _workbook = [];
    private byte[] _csvBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _lbrn = [.. Directory.GetFiles(Path.Combine(CorpusFiles.FindCorpus(), "lightburn"), "*.lbrn*").Order().Select(File.ReadAllBytes)];
        _workbook = Workbook();
        _csvBytes = Csv();
        _pdfBytes = VectorDrawing.Plate(400);
        Console.WriteLine($"// lightburn: {_lbrn.Count} files, {_lbrn.Sum(b => (long)b.Length)} bytes; xlsx {_workbook.Length} bytes; csv {_csvBytes.Length} bytes; pdf {_pdfBytes.Length} bytes");
    }

    [Benchmark]
    public int LightBurnCorpus()
    {
        var n = 0;
        foreach (var bytes in _lbrn) n += Run(_lightBurn, FileKind.LightBurn, bytes).Geometry?.Pierces ?? 0;
        return n;
    }

    [Benchmark]
    public int CutListXlsx() => Run(_xlsx, FileKind.Xlsx, _workbook).Parts.Count;

    [Benchmark]
    public int PdfVectorPlate() => Run(_pdf, FileKind.Pdf, _pdfBytes).Geometry?.Pierces ?? 0;

    [Benchmark]
    public int CutListCsv() => Run(_csv, FileKind.Csv, _csvBytes).Parts.Count;

    private static ExtractionResult Run(IFileExtractor extractor, FileKind kind, byte[] bytes) =>
        extractor.Extract(new MemoryStream(bytes, false), new ExtractionContext { Kind = kind, OriginalFilename = "cut-list" }, CancellationToken.None);

    private static IEnumerable<object[]> Lines()
    {
        string[] materials = ["304 S/S", "Ali 5083", "MS", "S355J2", "3mm ply"];
        for (var i = 0; i < CutListLines; i++)
        {
            yield return [$"P-{i:D5}", $"Part {i}", materials[i % materials.Length], 1 + (i % 10), $"{1 + (i % 7)} off", 100 + i];
        }
    }

    private static byte[] Workbook()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Cut list");
        string[] header = ["Part No", "Description", "Material", "Thickness (mm)", "Qty", "Length"];
        for (var c = 0; c < header.Length; c++) sheet.Cell(3, c + 1).Value = header[c];
        var row = 4;
        foreach (var line in Lines())
        {
            for (var c = 0; c < line.Length; c++) sheet.Cell(row, c + 1).Value = line[c];
            row++;
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static byte[] Csv()
    {
        var text = new StringBuilder("Part No;Description;Material;Thickness (mm);Qty;Length\n");
        foreach (var line in Lines()) text.AppendLine(string.Join(';', line));
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
