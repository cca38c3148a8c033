using System.Globalization;

namespace LaserGrains.LoadGen.Options;

/// <summary>Reads durations as people write them: "500ms", "30s", "2m", "1h"; a bare number is seconds.</summary>
public static class DurationText
{
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var (number, unit) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 0.001)
            : t.EndsWith('s') ? (t[..^1], 1.0)
            : t.EndsWith('m') ? (t[..^1], 60.0)
            : t.EndsWith('h') ? (t[..^1], 3600.0)
            : (t, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsInfinity(value))
        {
            throw new FormatException($"'{text}' is not a duration (e.g. 500ms, 30s, 2m).");
        }

        return TimeSpan.FromSeconds(value * unit);
    }
}
