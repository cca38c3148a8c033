using System.Text;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>A file name whose recognised pieces are blanked out one reader at a time, so no text is read twice.</summary>
internal sealed class MaskedText(string original)
{
    private readonly StringBuilder text = new(original);
    private readonly bool[] taken = new bool[original.Length];

    /// <summary>The text with every taken piece replaced by spaces (indexes stay those of the original).</summary>
    public string Current => text.ToString();

    /// <summary>Keeps the candidates that do not overlap a piece taken earlier, and blanks them out.</summary>
    public List<T> Take<T>(IEnumerable<(T Item, int Index, int Length)> candidates)
    {
        var kept = new List<T>();
        foreach (var (item, index, length) in candidates.ToList())
        {
            if (taken.AsSpan(index, length).Contains(true)) continue;
            taken.AsSpan(index, length).Fill(true);
            for (var i = index; i < index + length; i++) text[i] = ' ';
            kept.Add(item);
        }

        return kept;
    }
}
