using System.Globalization;
using System.Text;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

/// <summary>Builds small DXF texts for tests: entities as (code, value) pairs, sections around them.</summary>
internal static class DxfSamples
{
    public static string Entity(string type, params (int Code, object Value)[] tags)
    {
        var sb = new StringBuilder().Append("  0\n").Append(type).Append('\n');
        foreach (var (code, value) in tags)
        {
            sb.Append(code.ToString(CultureInfo.InvariantCulture).PadLeft(3)).Append('\n')
              .Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Line(double x0, double y0, double x1, double y1, string layer = "0") =>
        Entity("LINE", (8, layer), (10, x0), (20, y0), (11, x1), (21, y1));

    public static string Circle(double x, double y, double r, string layer = "0") =>
        Entity("CIRCLE", (8, layer), (10, x), (20, y), (40, r));

    public static string Rectangle(double x0, double y0, double x1, double y1) =>
        Line(x0, y0, x1, y0) + Line(x1, y0, x1, y1) + Line(x1, y1, x0, y1) + Line(x0, y1, x0, y0);

    public static string Section(string name, string body) => $"  0\nSECTION\n  2\n{name}\n{body}  0\nENDSEC\n";

    public static string Header(params (string Name, int Code, object Value)[] vars)
    {
        var sb = new StringBuilder();
        foreach (var (name, code, value) in vars)
        {
            sb.Append("  9\n").Append(name).Append('\n').Append(code).Append('\n')
              .Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        }

        return Section("HEADER", sb.ToString());
    }

    public static string Block(string name, string entities, double bx = 0, double by = 0) =>
        Entity("BLOCK", (2, name), (70, 0), (10, bx), (20, by)) + entities + Entity("ENDBLK");

    /// <summary>A whole file: optional header, optional blocks, entities, EOF.</summary>
    public static string File(string entities, string header = "", string blocks = "") =>
        header + (blocks.Length > 0 ? Section("BLOCKS", blocks) : "") + Section("ENTITIES", entities) + "  0\nEOF\n";

    public static DxfDrawing Read(string dxf, DxfReadOptions? options = null) =>
        DxfReader.Read(new MemoryStream(Encoding.Latin1.GetBytes(dxf)), options);

    public static DxfAnalysis Analyze(string dxf, DxfAnalyzerOptions? options = null) =>
        DxfAnalyzer.Analyze(Read(dxf), options);

    public static ExtractionResult Extract(string dxf, ExtractionContext? context = null) =>
        new DxfExtractor().Extract(
            new MemoryStream(Encoding.Latin1.GetBytes(dxf)), context ?? new ExtractionContext { Kind = FileKind.DxfAscii }, CancellationToken.None);
}
