using System.Globalization;
using System.Text;

namespace LaserGrains.Gateway.Ingest;

/// <summary>
/// What a file name from an upload (a form part or a .zip entry) may be: a plain name of at most 255 characters,
/// without path separators, without "." or "..", and without control or bidirectional-override characters.
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 255;

    /// <summary>Null when <paramref name="name"/> is acceptable as it is; otherwise a sentence saying what is wrong with it.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name)) return "Every uploaded file needs a file name.";
        if (name.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The file name is {name.Length} characters long; at most {MaxLength} are accepted.");
        }

        if (name.IndexOfAny(['/', '\\']) >= 0) return $"The file name '{Printable(name)}' contains a path; send the file's own name only.";
        if (name is "." or "..") return $"'{name}' is not a file name.";
        return name.Any(IsHidden) ? $"The file name '{Printable(name)}' contains a control character; rename the file." : null;
    }

    /// <summary>The name with every control character written as \uXXXX, safe to show in a message or a log.</summary>
    public static string Printable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Length > MaxLength ? name[..MaxLength] + "…" : name)
        {
            if (IsHidden(c)) text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else text.Append(c);
        }

        return text.ToString();
    }

    // C0, DEL, C1, and the marks that reorder text on screen ("part‮fxd.exe" shown as "partexe.dxf").
    private static bool IsHidden(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
