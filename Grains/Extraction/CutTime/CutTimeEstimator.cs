using System.Globalization;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>
/// Estimates machine time for a part: cut length / speed + pierces × pierce time, from the shop's speed table.
/// Rapid moves and lead-ins are not counted (see docs/METADATA.md).
/// </summary>
public sealed class CutTimeEstimator(CutSpeedTable table)
{
    /// <summary>An estimator over the shipped default table.</summary>
    public static CutTimeEstimator Default { get; } = new(CutSpeedTable.Default);

    /// <summary>The estimate, or null when the material or thickness is unknown or thicker than the table (see <see cref="Refusal"/>).</summary>
    public CutEstimate? Estimate(double cutLengthMm, int pierces, string? materialCode, double? thicknessMm, int quantity = 1)
    {
        if (!double.IsFinite(cutLengthMm) || cutLengthMm < 0) throw new ArgumentOutOfRangeException(nameof(cutLengthMm), cutLengthMm, "Cut length must be a finite number >= 0.");
        ArgumentOutOfRangeException.ThrowIfNegative(pierces);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        if (Lookup(materialCode, thicknessMm) is not ({ } speeds, { } point)) return null;

        var cut = cutLengthMm / point.SpeedMmPerMin * 60;
        var pierce = pierces * point.PierceSeconds;
        var perPart = cut + pierce;
        var basis = string.Create(CultureInfo.InvariantCulture,
            $"{speeds.Code} {SpeedLookup.Mm(thicknessMm!.Value)}: {point.SpeedMmPerMin:0} mm/min, pierce {point.PierceSeconds:0.###} s ({point.How}); source: {speeds.Source}; rapid moves and lead-ins not included");
        return new CutEstimate(cut, pierce, perPart, perPart * quantity, point.SpeedMmPerMin, basis);
    }

    /// <summary>Why <see cref="Estimate"/> gives null for this material and thickness, or null when it gives an estimate.</summary>
    public string? Refusal(string? materialCode, double? thicknessMm)
    {
        if (string.IsNullOrWhiteSpace(materialCode)) return "No material is known for the file.";
        if (table.Find(materialCode) is not { } speeds) return $"The speed table has no rows for material '{materialCode.Trim()}'.";
        if (thicknessMm is not (> 0 and var t) || !double.IsFinite(t)) return "No thickness is known for the file.";
        var thickest = speeds.Rows[^1].ThicknessMm;
        return SpeedLookup.At(speeds, t) is null
            ? $"{SpeedLookup.Mm(t)} is thicker than the thickest {speeds.Code} row ({SpeedLookup.Mm(thickest)}): no estimate rather than a guess."
            : null;
    }

    private (MaterialSpeeds Speeds, SpeedPoint Point)? Lookup(string? materialCode, double? thicknessMm)
    {
        if (Refusal(materialCode, thicknessMm) is not null) return null;
        var speeds = table.Find(materialCode!)!;
        return (speeds, SpeedLookup.At(speeds, thicknessMm!.Value)!);
    }
}
