using System.Globalization;
using System.Text.Json.Serialization;
using System.Xml.Linq;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>One LightBurn layer: speed in mm/s, power in % of the source, passes (absent means 1).</summary>
internal sealed record CutSetting(
    [property: JsonPropertyName("index")] int? Index,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("speed")] double? Speed,
    [property: JsonPropertyName("maxPower")] double? MaxPower,
    [property: JsonPropertyName("minPower")] double? MinPower,
    [property: JsonPropertyName("passes")] int Passes)
{
    /// <summary>Reads a CutSetting or CutSetting_Img element, whose fields are child elements with a Value attribute.</summary>
    public static CutSetting From(XElement element)
    {
        string? Value(string tag) => element.Element(tag)?.Attribute("Value")?.Value;
        double? Number(string tag) =>
            double.TryParse(Value(tag), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
        int? Integer(string tag) => int.TryParse(Value(tag), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

        return new CutSetting(
            Integer("index"), Value("name"), element.Attribute("type")?.Value ?? "Cut",
            Number("speed"), Number("maxPower"), Number("minPower"), Integer("numPasses") is > 0 and var p ? p : 1);
    }
}
