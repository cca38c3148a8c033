using System.Text.Json.Serialization;

namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>What cut geometry means for the cutter, in millimetres.</summary>
[GenerateSerializer, Immutable, Alias("lg.geometry")]
public sealed record GeometrySummary
{
    /// <summary>Drawing units, e.g. "mm" or "in".</summary>
    [Id(0)] public required string Units { get; init; }
    /// <summary>What decided the units: "insunits", "measurement", "heuristic", "format"; for vector PDFs "page" (1:1) or "scale" (title block).</summary>
    [Id(1)] public required string UnitsSource { get; init; }
    [Id(2), JsonPropertyName("bbox_w_mm")] public double BboxWidthMm { get; init; }
    [Id(3), JsonPropertyName("bbox_h_mm")] public double BboxHeightMm { get; init; }
    [Id(4)] public double CutLengthMm { get; init; }
    [Id(5)] public int ClosedContours { get; init; }
    [Id(6)] public int OpenContours { get; init; }
    [Id(7)] public int Pierces { get; init; }
    [Id(8)] public double NetAreaMm2 { get; init; }
    [Id(9)] public IReadOnlyDictionary<string, int> EntityCounts { get; init; } = new Dictionary<string, int>();
    [Id(10)] public IReadOnlyList<string> Layers { get; init; } = [];
    [Id(11), JsonPropertyName("bbox_min_x_mm")] public double BboxMinXMm { get; init; }
    [Id(12), JsonPropertyName("bbox_min_y_mm")] public double BboxMinYMm { get; init; }
    /// <summary>Machine seconds for one part from the file's own layer speeds and passes (LightBurn), pierces not included; null when the file does not say.</summary>
    [Id(13)] public double? FileCutSeconds { get; init; }
}
