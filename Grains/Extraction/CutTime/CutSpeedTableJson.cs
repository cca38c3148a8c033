using System.Text.Json;

namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>Reads the cut-speeds.json format and refuses rows that would give nonsense estimates.</summary>
internal static class CutSpeedTableJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<MaterialSpeeds> Read(string json)
    {
        var file = JsonSerializer.Deserialize<FileDto>(json, Options)
            ?? throw new InvalidDataException("The cut speed file is empty.");
        return [.. (file.Materials ?? []).Select(ToSpeeds)];
    }

    private static MaterialSpeeds ToSpeeds(MaterialDto m, int index)
    {
        var code = m.Code?.Trim();
        if (string.IsNullOrEmpty(code)) throw new InvalidDataException($"Cut speeds #{index + 1}: code is required.");
        var rows = (m.Rows ?? []).OrderBy(r => r.ThicknessMm).ToList();
        if (rows.Count == 0) throw new InvalidDataException($"Cut speeds '{code}': at least one row is required.");
        foreach (var r in rows)
        {
            if (!(r.ThicknessMm > 0) || !(r.SpeedMmPerMin > 0) || !(r.PierceSeconds >= 0) || !double.IsFinite(r.ThicknessMm + r.SpeedMmPerMin + r.PierceSeconds))
                throw new InvalidDataException($"Cut speeds '{code}': row {r.ThicknessMm} mm needs thickness > 0, speed > 0 and pierce >= 0.");
        }

        if (rows.Select(r => r.ThicknessMm).Distinct().Count() != rows.Count)
            throw new InvalidDataException($"Cut speeds '{code}': a thickness appears twice.");
        return new MaterialSpeeds(code.ToUpperInvariant(), m.Source?.Trim() ?? "shop table", rows);
    }

    private sealed record FileDto(IReadOnlyList<MaterialDto>? Materials);

    private sealed record MaterialDto(string? Code, string? Source, IReadOnlyList<SpeedRow>? Rows);
}
