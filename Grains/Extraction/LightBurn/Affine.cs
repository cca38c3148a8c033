using System.Globalization;

namespace LaserGrains.Grains.Extraction.LightBurn;

/// <summary>A 2-D affine transform in LightBurn's XForm order "a b c d e f": x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static Affine Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public (double X, double Y) Apply(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    /// <summary>This transform applied after <paramref name="inner"/> (a parent's transform wrapping a child's).</summary>
    public Affine Then(Affine inner) => new(
        (A * inner.A) + (C * inner.B),
        (B * inner.A) + (D * inner.B),
        (A * inner.C) + (C * inner.D),
        (B * inner.C) + (D * inner.D),
        (A * inner.E) + (C * inner.F) + E,
        (B * inner.E) + (D * inner.F) + F);

    /// <summary>Parses six numbers; anything else is the identity so one bad XForm does not lose the shape.</summary>
    public static Affine Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Identity;
        var parts = text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 6) return Identity;
        var v = new double[6];
        for (var i = 0; i < 6; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i])) return Identity;
        }

        return new Affine(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
