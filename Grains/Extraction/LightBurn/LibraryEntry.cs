using System.Globalization;
using System.Text.Json.Serialization;
using System.Xml.Linq;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>One entry of a LightBurn material library (.clb): material, thickness (null when the entry has none) and its cut setting.</summary>
internal sealed record LibraryEntry(
    [property: JsonPropertyName("material")] string Material,
    [property: JsonPropertyName("thickness_mm")] double? ThicknessMm,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("speed_mm_s")] double? Speed,
    [property: JsonPropertyName("max_power")] double? MaxPower,
    [property: JsonPropertyName("min_power")] double? MinPower,
    [property: JsonPropertyName("passes")] int Passes)
{
    /// <summary>Every Material/Entry/CutSetting of a LightBurnLibrary root, at most <paramref name="max"/>.</summary>
    public static List<LibraryEntry> Read(XElement root, int max)
    {
        var entries = new List<LibraryEntry>();
        foreach (var material in root.Elements("Material"))
        {
            var name = material.Attribute("name")?.Value?.Trim();
            if (string.IsNullOrEmpty(name)) continue;
            foreach (var entry in material.Elements("Entry"))
            {
                // LightBurn writes Thickness="-1" (or leaves it out) for an entry that is not tied to a thickness.
                double? thickness = double.TryParse(entry.Attribute("Thickness")?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var t)
                    && double.IsFinite(t) && t > 0 ? t : null;
                foreach (var setting in entry.Elements().Where(e => e.Name.LocalName is "CutSetting" or "CutSetting_Img").Select(CutSetting.From))
                {
                    if (entries.Count >= max) return entries;
                    entries.Add(new LibraryEntry(
                        name, thickness, entry.Attribute("Desc")?.Value, setting.Type, setting.Speed, setting.MaxPower, setting.MinPower, setting.Passes));
                }
            }
        }

        return entries;
    }
}
