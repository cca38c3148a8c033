namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Word splitting and whole-word tests shared by the material and file name readers.</summary>
internal static class TextKey
{
    private static readonly char[] Separators = [' ', '\t', '_', '-', '.'];

    /// <summary>Lower-case words of <paramref name="text"/>, split on the separators customers use.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One comparable key: lower-case words joined by single spaces.</summary>
    public static string Normalize(string text) => string.Join(' ', Words(text));

    /// <summary>
    /// True when the span starts and ends on a word edge. A switch between letters and digits also counts as an
    /// edge, so "SS304" and "S355JR" are read, while "ss" inside "glass" is not.
    /// </summary>
    public static bool IsWordEdge(string text, int index, int length) =>
        IsEdge(index > 0 ? text[index - 1] : null, text[index])
        && IsEdge(index + length < text.Length ? text[index + length] : null, text[index + length - 1]);

    private static bool IsEdge(char? outside, char inside) =>
        outside is not { } o
        || !char.IsLetterOrDigit(o)
        || (char.IsLetter(o) && char.IsDigit(inside))
        || (char.IsDigit(o) && char.IsLetter(inside));
}
