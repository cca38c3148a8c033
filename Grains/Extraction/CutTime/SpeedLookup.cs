using System.Globalization;

namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>Reads a material's speed table at any thickness it covers.</summary>
public static class SpeedLookup
{
    private const double Tolerance = 1e-6;

    /// <summary>
    /// The speed at <paramref name="thicknessMm"/>: a table row, a blend of the two rows around it, or the thinnest
    /// row for thinner sheet. Null above the thickest row: the machine may not cut that at all.
    /// </summary>
    public static SpeedPoint? At(MaterialSpeeds speeds, double thicknessMm)
    {
        var rows = speeds.Rows;
        if (rows.Count == 0 || thicknessMm > rows[^1].ThicknessMm + Tolerance) return null;
        if (thicknessMm < rows[0].ThicknessMm - Tolerance)
        {
            // Thinner sheet cuts at least as fast, so the thinnest row over-estimates: safe for a quote.
            return Point(rows[0], $"clamped: {Mm(thicknessMm)} is thinner than the thinnest row ({Mm(rows[0].ThicknessMm)}), used that row");
        }

        var upper = rows.First(r => r.ThicknessMm >= thicknessMm - Tolerance);
        if (Math.Abs(upper.ThicknessMm - thicknessMm) <= Tolerance) return Point(upper, $"table row {Mm(upper.ThicknessMm)}");
        var lower = rows.Last(r => r.ThicknessMm < thicknessMm);
        var f = (thicknessMm - lower.ThicknessMm) / (upper.ThicknessMm - lower.ThicknessMm);
        // Blending minutes per millimetre, not speed, leans towards the slower row: a quote should not promise
        // time the machine cannot keep.
        var pace = Lerp(1 / lower.SpeedMmPerMin, 1 / upper.SpeedMmPerMin, f);
        return new SpeedPoint(1 / pace, Lerp(lower.PierceSeconds, upper.PierceSeconds, f),
            $"interpolated between {Mm(lower.ThicknessMm)} and {Mm(upper.ThicknessMm)}");
    }

    private static SpeedPoint Point(SpeedRow row, string how) => new(row.SpeedMmPerMin, row.PierceSeconds, how);

    private static double Lerp(double a, double b, double f) => a + ((b - a) * f);

    internal static string Mm(double mm) => mm.ToString("0.###", CultureInfo.InvariantCulture) + " mm";
}
