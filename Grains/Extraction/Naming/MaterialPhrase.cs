using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>One word or words that name a material, matched case-insensitively and only as whole words.</summary>
internal sealed class MaterialPhrase
{
    private readonly Regex pattern;

    public MaterialPhrase(Material material, string phrase, bool isGrade = false)
    {
        Material = material;
        Grade = isGrade ? phrase : null;
        var words = TextKey.Words(phrase);
        Length = string.Join(' ', words).Length;
        Evidence = Classify(material, words);
        // Customers separate words with spaces, underscores, dashes or dots; all of them must match.
        var body = string.Join(@"[\s_.\-]+", words.Select(Regex.Escape));
        pattern = new Regex(body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public Material Material { get; }

    /// <summary>The grade as the catalog writes it, when this phrase is one of the material's grades.</summary>
    public string? Grade { get; }

    public int Length { get; }

    public MaterialEvidence Evidence { get; }

    public IEnumerable<MaterialMatch> Matches(string text)
    {
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (TextKey.IsWordEdge(text, m.Index, m.Length)) yield return new MaterialMatch(Material, m.Index, m.Length, Evidence, Grade);
        }
    }

    private static MaterialEvidence Classify(Material material, IReadOnlyList<string> words)
    {
        var joined = string.Concat(words);
        if (joined.All(c => char.IsDigit(c))) return MaterialEvidence.Grade;
        var isCode = string.Equals(joined, material.Code, StringComparison.OrdinalIgnoreCase);
        // Two or three letters ("gi", "hr", "ply") are as easy to hit by accident as a code.
        return isCode || (joined.Length <= 3 && joined.All(char.IsLetter)) ? MaterialEvidence.Code : MaterialEvidence.Name;
    }
}
