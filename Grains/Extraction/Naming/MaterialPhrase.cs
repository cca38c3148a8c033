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
        // Customers separate words with spaces, underscores, dashes or dots; all of them must match. Compiled (about
        // 90 ms once per catalog): every phrase runs over every file's name and text, two to three times faster so.
        var body = string.Join(@"[\s_.\-]+", words.Select(Regex.Escape));
        pattern = new Regex(body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    public Material Material { get; }

    /// <summary>The grade as the catalog writes it, when this phrase is one of the material's grades.</summary>
    public string? Grade { get; }

    public int Length { get; }

    public MaterialEvidence Evidence { get; }

    /// <summary>The whole-word matches in <paramref name="text"/>, left to right; no allocation when there are none.</summary>
    public IReadOnlyList<MaterialMatch> Matches(string text)
    {
        List<MaterialMatch>? found = null;
        foreach (var m in pattern.EnumerateMatches(text))
        {
            if (TextKey.IsWordEdge(text, m.Index, m.Length)) (found ??= []).Add(new MaterialMatch(Material, m.Index, m.Length, Evidence, Grade));
        }

        return found ?? (IReadOnlyList<MaterialMatch>)[];
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
