using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>Reads a LightBurn material library (.clb): its materials, thicknesses, speeds, powers and passes.</summary>
internal static class LibraryReader
{
    public static ExtractionResult Read(XElement root, ExtractionLimits limits, JsonSerializerOptions json)
    {
        var entries = LibraryEntry.Read(root, limits.MaxEntities);
        var materials = entries.Select(e => e.Material).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var properties = new Dictionary<string, string>
        {
            ["document"] = "material_library",
            ["library_materials"] = string.Join(", ", materials),
            ["library_entry_count"] = entries.Count.ToString(CultureInfo.InvariantCulture),
            ["library_entries"] = JsonSerializer.Serialize(entries, json),
        };
        if (root.Attribute("DisplayName")?.Value is { Length: > 0 } display) properties["library_name"] = display;
        var text = new BoundedText();
        foreach (var m in materials) text.AppendLine(m);
        var warnings = entries.Count == 0 ? new List<string> { "The material library has no entries." } : [];
        return new ExtractionResult { Kind = FileKind.LightBurn, Properties = properties, Text = text.ToStringOrNull(), Warnings = warnings };
    }
}
