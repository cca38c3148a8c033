using System.Globalization;
using System.Net;

namespace LaserGrains.Shared.Hosting;

/// <summary>The building blocks of <see cref="SettingRules"/>: whole numbers, numbers, URLs, addresses, durations, files.</summary>
public static class SettingChecks
{
    public static SettingRule Whole(long min, long max) => v =>
        long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? null : $"must be a whole number from {min} to {max}";

    public static SettingRule Number(double min, double max) => v =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && d >= min && d <= max
            ? null : $"must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";

    public static SettingRule Text(int maxLength) => v =>
        v.Trim().Length is > 0 && v.Length <= maxLength ? null : $"must be 1 to {maxLength} characters";

    public static SettingRule HttpUrl { get; } = v =>
        Uri.TryCreate(v, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && u.Host.Length > 0
            ? null : "must be an absolute http:// or https:// URL, e.g. http://127.0.0.1:5080";

    /// <summary>Exactly one of <paramref name="choices"/> (as written).</summary>
    public static SettingRule OneOf(params string[] choices) => v =>
        choices.Contains(v, StringComparer.Ordinal) ? null : $"must be one of {string.Join(", ", choices)}";

    public static SettingRule IpAddress { get; } = v =>
        IPAddress.TryParse(v, out _) ? null : "must be an IP address, e.g. 127.0.0.1";

    public static SettingRule Boolean { get; } = v =>
        bool.TryParse(v, out _) ? null : "must be true or false";

    public static SettingRule Duration(TimeSpan min, TimeSpan max) => v =>
        TimeSpan.TryParse(v, CultureInfo.InvariantCulture, out var t) && t >= min && t <= max
            ? null : $"must be a duration d.hh:mm:ss from {min:c} to {max:c}";

    public static SettingRule FolderPath { get; } = v =>
    {
        try
        {
            return v.Trim().Length > 0 && Path.GetFullPath(v).Length > 0 ? null : "must be a folder path";
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "must be a folder path";
        }
    };

    /// <summary>A file that exists and that <paramref name="load"/> reads without complaint.</summary>
    public static SettingRule LoadableFile(Action<string> load) => v =>
    {
        if (!File.Exists(v)) return $"names a file that does not exist ('{v}')";
        try
        {
            load(v);
            return null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or FormatException or ArgumentException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return $"names a file that cannot be used ('{v}'): {ex.Message}";
        }
    };

    /// <summary>A rule that runs <paramref name="parse"/> and reports its <see cref="FormatException"/>/<see cref="ArgumentException"/> message.</summary>
    public static SettingRule Parses(Action<string> parse) => v =>
    {
        try
        {
            parse(v);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            return $"is not usable: {ex.Message}";
        }
    };
}
