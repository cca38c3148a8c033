using System.Text.Json.Serialization;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>What one layer cuts: length (one pass), contours, pierces, and its machine time from its own speed and passes.</summary>
internal sealed record LayerFigures(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("cut_length_mm")] double CutLengthMm,
    [property: JsonPropertyName("closed_contours")] int Closed,
    [property: JsonPropertyName("open_contours")] int Open,
    [property: JsonPropertyName("pierces")] int Pierces,
    [property: JsonPropertyName("passes")] int Passes,
    [property: JsonPropertyName("speed_mm_s")] double? Speed,
    [property: JsonPropertyName("seconds")] double? Seconds)
{
    /// <summary>Layers of type Cut count in the file's totals; Scan and Image layers engrave.</summary>
    public bool IsCut => Type == "Cut";

    /// <summary>Figures per layer used by a contour; a layer with no CutSetting is taken as a Cut layer at unknown speed.</summary>
    public static List<LayerFigures> From(IReadOnlyList<Contour> contours, IReadOnlyList<CutSetting> settings)
    {
        var byIndex = settings.Where(s => s.Index is not null).GroupBy(s => s.Index!.Value).ToDictionary(g => g.Key, g => g.First());
        return [.. contours.GroupBy(c => c.Layer).OrderBy(g => g.Key).Select(g =>
        {
            var setting = byIndex.GetValueOrDefault(g.Key);
            var length = g.Sum(c => c.Length);
            var passes = setting?.Passes ?? 1;
            double? seconds = setting?.Speed is > 0 and var v ? Math.Round(length * passes / v, 1) : null;
            return new LayerFigures(
                g.Key, setting?.Name, setting?.Type ?? "Cut", Math.Round(length, 3), g.Count(c => c.Closed), g.Count(c => !c.Closed),
                g.Count(), passes, setting?.Speed, seconds);
        })];
    }
}
