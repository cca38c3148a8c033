using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>Reads LightBurn projects (.lbrn FormatVersion 0, .lbrn2 FormatVersion 1): layers, cut geometry per layer, defects, bounding box, notes; and material libraries (.clb).</summary>
public sealed class LightBurnExtractor : IFileExtractor
{
    private const int MaxNotesLength = 4_000;

    // The JSON is stored as a property value, not embedded in HTML: '+' in "Scan+Cut" should stay readable.
    private static readonly JsonSerializerOptions CompactJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Name => "lightburn";

    public string Version => "2";

    public bool CanExtract(FileKind kind) => kind == FileKind.LightBurn;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputBuffer.ReadAll(content, context.Limits, cancellationToken);
        var root = SecureXml.Load(bytes, context.Limits, "LightBurn", cancellationToken).Root;
        if (root?.Name.LocalName == "LightBurnLibrary") return LibraryReader.Read(root, context.Limits, CompactJson);
        if (root?.Name.LocalName != "LightBurnProject")
        {
            throw new ExtractionFailedException("invalid_file", "The file is XML but not a LightBurn project (no LightBurnProject root).");
        }

        var properties = new Dictionary<string, string>();
        AddAttribute(properties, root, "FormatVersion", "format_version");
        AddAttribute(properties, root, "AppVersion", "app_version");
        AddAttribute(properties, root, "DeviceName", "device_name");
        var settings = AddCutSettings(properties, root);

        var walker = new ShapeWalker(context.Limits, cancellationToken);
        walker.Walk(root.Elements("Shape"), Affine.Identity);
        var layers = LayerFigures.From(walker.Contours, settings);
        if (layers.Count > 0) properties["layers"] = JsonSerializer.Serialize(layers, CompactJson);
        var cutLayers = layers.Where(l => l.IsCut).Select(l => l.Index).ToHashSet();
        var defects = LightBurnDefects.Find(walker, cutLayers, layers.ToDictionary(l => l.Index, l => l.Name));
        properties["shape_count"] = walker.Counts.Values.Sum().ToString(CultureInfo.InvariantCulture);

        var notes = root.Element("Notes")?.Attribute("Notes")?.Value;
        var text = new BoundedText();
        if (!string.IsNullOrWhiteSpace(notes))
        {
            properties["notes"] = notes.Length > MaxNotesLength ? notes[..MaxNotesLength] : notes;
            text.AppendLine(properties["notes"]);
        }

        text.AppendLine(walker.Text.ToStringOrNull());
        var warnings = new List<string>();
        if (walker.ShapesWithoutGeometry > 0) warnings.Add($"{walker.ShapesWithoutGeometry} shape(s) had no readable geometry and are not in the bounding box.");
        return new ExtractionResult
        {
            Kind = FileKind.LightBurn, Geometry = Geometry(walker, layers), Defects = defects, Text = text.ToStringOrNull(),
            Properties = properties, Warnings = warnings,
        };
    }

    // Totals count layers of type Cut only; engraving layers take bed space (the box) but are not cut.
    private static GeometrySummary Geometry(ShapeWalker walker, List<LayerFigures> layers)
    {
        var cut = layers.Where(l => l.IsCut).ToList();
        return new GeometrySummary
        {
            Units = "mm",
            UnitsSource = "format",
            BboxWidthMm = Math.Round(walker.Bounds.Width, 4),
            BboxHeightMm = Math.Round(walker.Bounds.Height, 4),
            BboxMinXMm = walker.Bounds.IsEmpty ? 0 : Math.Round(walker.Bounds.MinX, 4),
            BboxMinYMm = walker.Bounds.IsEmpty ? 0 : Math.Round(walker.Bounds.MinY, 4),
            EntityCounts = walker.Counts,
            CutLengthMm = Math.Round(cut.Sum(l => l.CutLengthMm), 3),
            ClosedContours = cut.Sum(l => l.Closed),
            OpenContours = cut.Sum(l => l.Open),
            Pierces = cut.Sum(l => l.Pierces),
            Layers = [.. layers.Select(l => l.Name ?? $"C{l.Index:00}")],
            FileCutSeconds = cut.Count > 0 && cut.All(l => l.Seconds is not null) ? Math.Round(cut.Sum(l => l.Seconds!.Value), 1) : null,
        };
    }

    private static List<CutSetting> AddCutSettings(Dictionary<string, string> properties, XElement root)
    {
        var settings = root.Elements().Where(e => e.Name.LocalName is "CutSetting" or "CutSetting_Img").Select(CutSetting.From).ToList();
        properties["cut_setting_count"] = settings.Count.ToString(CultureInfo.InvariantCulture);
        if (settings.Count == 0) return settings;
        properties["cut_settings"] = JsonSerializer.Serialize(settings, CompactJson);
        properties["cut_setting_types"] = string.Join(',', settings.GroupBy(s => s.Type).Select(g => $"{g.Key}:{g.Count()}"));
        return settings;
    }

    private static void AddAttribute(Dictionary<string, string> properties, XElement root, string attribute, string key)
    {
        if (root.Attribute(attribute)?.Value is { Length: > 0 } v) properties[key] = v;
    }
}
