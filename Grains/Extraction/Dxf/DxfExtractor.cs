using System.Globalization;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Extracts cut geometry, defects and text from ASCII and binary DXF files, in millimetres.</summary>
public sealed class DxfExtractor : IFileExtractor
{
    public string Name => "dxf";

    public string Version => "1.0.0";

    public bool CanExtract(FileKind kind) => kind is FileKind.DxfAscii or FileKind.DxfBinary;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        if (content.CanSeek && content.Length == 0) throw new ExtractionFailedException("invalid_file", "The DXF file is empty.");
        var drawing = DxfReader.Read(content, DxfReadOptions.From(context.Limits), cancellationToken);
        var analysis = DxfAnalyzer.Analyze(drawing, DxfAnalyzerOptions.From(context.Limits), cancellationToken);
        var units = DxfUnits.Resolve(drawing.InsUnits, drawing.Measurement, analysis.Width, analysis.Height);
        var k = units.ToMillimetres;
        var warnings = new List<string>();
        // A damaged file read past its damage is never silent: each skip is named with its lines.
        foreach (var r in drawing.Recoveries) warnings.Add($"recovered: the DXF file is damaged: {r}.");
        if (drawing.Recoveries.Count > 0 && !analysis.HasGeometry)
        {
            throw new ExtractionFailedException("invalid_file", $"The DXF file is damaged and nothing could be read from it: {drawing.Recoveries[0]}.");
        }

        var defects = DxfDefects.Find(analysis, units, context);
        if (drawing.Recoveries.Count > 0)
        {
            defects.Add(new Defect("recovered", $"The file is damaged; it was read past {drawing.Recoveries.Count} broken tag pair(s), and what lay between may be missing."));
        }

        warnings.AddRange(defects.Where(d => d.Code == "units_implausible").Select(d => $"units_implausible: {d.Message}"));
        if (analysis.MissingBlocks.Count > 0)
        {
            warnings.Add($"INSERT refers to undefined block(s): {string.Join(", ", analysis.MissingBlocks.Distinct().Take(10))}.");
        }

        return new ExtractionResult
        {
            Kind = drawing.IsBinary ? FileKind.DxfBinary : FileKind.DxfAscii,
            Geometry = new GeometrySummary
            {
                Units = units.Name,
                UnitsSource = units.Source,
                BboxWidthMm = analysis.Width * k,
                BboxHeightMm = analysis.Height * k,
                BboxMinXMm = analysis.MinX * k,
                BboxMinYMm = analysis.MinY * k,
                CutLengthMm = analysis.CutLength * k,
                ClosedContours = analysis.ClosedContours,
                OpenContours = analysis.OpenContours,
                Pierces = analysis.Pierces,
                NetAreaMm2 = analysis.NetArea * k * k,
                EntityCounts = analysis.EntityCounts,
                Layers = analysis.Layers,
            },
            Defects = defects,
            Text = DxfPlainText.Join(analysis.Texts),
            Properties = Properties(drawing, analysis),
            Warnings = warnings,
        };
    }

    private static Dictionary<string, string> Properties(DxfDrawing d, DxfAnalysis a)
    {
        var p = new Dictionary<string, string>
        {
            ["dxf.version"] = d.Version ?? "unknown",
            ["dxf.encoding"] = d.Encoding,
            ["dxf.binary"] = d.IsBinary ? "true" : "false",
            ["dxf.blocks"] = d.Blocks.Keys.Count(n => !n.StartsWith('*')).ToString(CultureInfo.InvariantCulture),
            ["dxf.entities"] = d.Entities.Count.ToString(CultureInfo.InvariantCulture),
            ["dxf.curves"] = a.Curves.ToString(CultureInfo.InvariantCulture),
        };
        if (d.InsUnits is { } u) p["dxf.insunits"] = u.ToString(CultureInfo.InvariantCulture);
        if (d.Measurement is { } m) p["dxf.measurement"] = m.ToString(CultureInfo.InvariantCulture);
        if (d.CodePage is { } cp) p["dxf.codepage"] = cp;
        return p;
    }
}
