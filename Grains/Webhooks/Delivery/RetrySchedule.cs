using System.Globalization;

namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>Parses a retry schedule such as "0s,5s,5m,30m,2h,5h,10h,10h": the delay before each attempt.</summary>
public static class RetrySchedule
{
    public static IReadOnlyList<TimeSpan> Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var delays = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOne).ToList();
        if (delays.Count == 0) throw new FormatException("A retry schedule needs at least one entry.");
        return delays;
    }

    /// <summary>The schedule in effect: the seed's attempts/delay pair when set, otherwise the explicit schedule.</summary>
    public static IReadOnlyList<TimeSpan> From(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.RetryAttempts is not { } retries) return Parse(options.RetrySchedule);
        var delay = TimeSpan.FromSeconds(options.RetryDelaySeconds ?? 5);
        return [TimeSpan.Zero, .. Enumerable.Repeat(delay, retries)];
    }

    private static TimeSpan ParseOne(string entry)
    {
        var (number, unit) = entry switch
        {
            _ when entry.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (entry[..^2], 0.001),
            _ when entry.EndsWith('s') => (entry[..^1], 1.0),
            _ when entry.EndsWith('m') => (entry[..^1], 60.0),
            _ when entry.EndsWith('h') => (entry[..^1], 3600.0),
            _ when entry.EndsWith('d') => (entry[..^1], 86400.0),
            _ => (entry, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new FormatException($"'{entry}' is not a delay: write a number with s, m, h, d or ms.");
        }

        return TimeSpan.FromSeconds(value * unit);
    }
}
