using System.Globalization;
using System.Text;
using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Preview;

/// <summary>Draws a parsed DXF or LightBurn project as SVG in millimetres, Y up, with the file's defects on their own layer.</summary>
public static class SvgPreviewRenderer
{
    private const string Style =
        "<style>.drawing path{fill:none;stroke-width:1.3;vector-effect:non-scaling-stroke;stroke-linejoin:round}"
        + ".outer{stroke:#1f3b63}.hole{stroke:#1c7c74}.open{stroke:#c2410c;stroke-width:2.2!important}"
        + ".duplicate{stroke:#9d174d;stroke-width:3.5!important;stroke-opacity:.8}"
        + ".text{fill:#6b7280;font-family:sans-serif}.defects *{vector-effect:non-scaling-stroke}"
        + ".mark{fill:none;stroke:#dc2626;stroke-width:2}.anchor{fill:#dc2626}"
        + ".doubled path{fill:none;stroke:#dc2626;stroke-width:6;stroke-opacity:.55;stroke-linecap:round;stroke-linejoin:round}.dashed{stroke-dasharray:4 3}"
        + ".sheet{fill:none;stroke:#dc2626;stroke-width:1.5}.badge circle{fill:#dc2626}"
        + ".badge text{fill:#fff;font:bold 9px sans-serif;text-anchor:middle}"
        + ".banner{font-family:sans-serif;fill:#92400e}</style>";

    /// <summary>Reads <paramref name="content"/> as DXF and renders it; throws what the reader throws for a broken file.</summary>
    public static PreviewResult Render(Stream content, IReadOnlyList<Defect> defects, PreviewOptions options, CancellationToken cancellationToken)
    {
        var drawing = DxfReader.Read(content, DxfReadOptions.Default, cancellationToken);
        using var scene = DxfSceneBuilder.Build(drawing, DxfAnalyzerOptions.Default, cancellationToken);
        return Render(scene, defects, options);
    }

    /// <summary>Reads <paramref name="content"/> as a LightBurn project and renders its contours; throws what the extractor throws for a broken file.</summary>
    public static PreviewResult RenderLightBurn(
        Stream content, IReadOnlyList<Defect> defects, PreviewOptions options, Extraction.ExtractionLimits limits, CancellationToken cancellationToken)
    {
        using var scene = LightBurnSceneBuilder.Build(content, limits, cancellationToken);
        return Render(scene, defects, options);
    }

    internal static PreviewResult Render(DxfScene scene, IReadOnlyList<Defect> defects, PreviewOptions options)
    {
        if (!scene.HasGeometry) return Message("No cuttable geometry");
        var k = scene.Units.ToMillimetres;
        var c = scene.Curves;
        var (x0, y0, x1, y1) = (c.MinX * k, c.MinY * k, c.MaxX * k, c.MaxY * k);
        var diag = Math.Max(1e-3, Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0))));
        var margin = diag * 0.04;
        var unit = diag / 600;
        var sb = new StringBuilder(4096);
        var contours = new ContourWriter(scene, options, k);
        var body = new StringBuilder(4096);
        contours.Write(body);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lg-preview\" role=\"img\" aria-label=\"Drawing preview\" viewBox=\"")
            .Append(SvgText.Num(x0 - margin)).Append(' ').Append(SvgText.Num(-y1 - margin)).Append(' ')
            .Append(SvgText.Num(x1 - x0 + (2 * margin))).Append(' ').Append(SvgText.Num(y1 - y0 + (2 * margin)))
            .Append("\" data-units=\"");
        SvgText.Escape(sb, scene.Units.Name);
        sb.Append("\" data-simplified=\"").Append(contours.Simplified ? "true" : "false").Append("\" data-unit=\"")
            .Append(unit.ToString("G6", CultureInfo.InvariantCulture)).Append("\">").Append(Style).Append(body);
        Texts(sb, scene, options, k, unit);
        DefectLayer.Write(sb, defects, unit, options, (x0, y0), s => contours.WriteDoubled(s, options.MaxDoubled));
        Banner(sb, scene, contours.Simplified, x0 - margin, -y1 - margin, unit);
        sb.Append("</svg>");
        return new PreviewResult(sb.ToString(), contours.Simplified, contours.Vertices);
    }

    private static void Texts(StringBuilder sb, DxfScene scene, PreviewOptions options, double k, double unit)
    {
        sb.Append("<g class=\"texts\">");
        foreach (var t in scene.Texts.Take(options.MaxTexts))
        {
            sb.Append("<text class=\"text\" x=\"").Append(SvgText.Num(t.X * k)).Append("\" y=\"").Append(SvgText.Num(-t.Y * k))
                .Append("\" font-size=\"").Append(SvgText.Num(Math.Max(unit * 10, 0.01))).Append("\">");
            SvgText.Escape(sb, t.Value.Length <= 80 ? t.Value : string.Concat(t.Value.AsSpan(0, 80), "…"));
            sb.Append("</text>");
        }

        sb.Append("</g>");
    }

    private static void Banner(StringBuilder sb, DxfScene scene, bool simplified, double left, double top, double unit)
    {
        var lines = new List<string>();
        if (scene.Units.Source == "heuristic") lines.Add($"Units unknown: assumed {scene.Units.Name}");
        if (simplified) lines.Add("Simplified preview: facts come from the full geometry");
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append("<text class=\"banner\" x=\"").Append(SvgText.Num(left + (unit * 8))).Append("\" y=\"")
                .Append(SvgText.Num(top + (unit * 18 * (i + 1)))).Append("\" font-size=\"").Append(SvgText.Num(Math.Max(unit * 13, 0.01))).Append("\">");
            SvgText.Escape(sb, lines[i]);
            sb.Append("</text>");
        }
    }

    /// <summary>A small drawing that only says <paramref name="text"/> (escaped), for files without drawable geometry.</summary>
    public static PreviewResult Message(string text) => new(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lg-preview\" role=\"img\" aria-label=\"Drawing preview\" viewBox=\"0 0 200 60\" data-simplified=\"false\">"
        + "<text x=\"100\" y=\"34\" font-family=\"sans-serif\" font-size=\"8\" text-anchor=\"middle\" fill=\"#6b7280\">"
        + SvgText.Escape(text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…")) + "</text></svg>",
        false,
        0);
}
