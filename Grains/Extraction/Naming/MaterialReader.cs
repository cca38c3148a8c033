using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Chooses one material among the mentions in a text, then reads its grade (with temper or quality suffix) and finish.</summary>
internal static partial class MaterialReader
{
    public static MaterialReading? Read(MaterialCatalog catalog, string text)
    {
        var all = catalog.FindAllInText(text);
        if (all.Count == 0) return null;
        var top = all.Max(m => m.Evidence);
        var winners = all.Where(m => m.Evidence == top).Select(m => m.Material).DistinctBy(m => m.Code).ToList();
        // "S275 galv": galvanised steel is a kind of mild steel, so the more particular one is meant, even named by its code.
        var particular = all.Where(m => m.Evidence >= MaterialEvidence.Code).Select(m => m.Material).DistinctBy(m => m.Code).ToList();
        winners = [.. winners.Select(w => particular.FirstOrDefault(p => Refines(p, w)) ?? w).DistinctBy(m => m.Code)];
        winners.RemoveAll(w => winners.Any(o => Refines(o, w)));
        // "steel bracket for aluminium frame": two materials named equally strongly, so neither is trusted.
        if (winners.Count != 1) return null;
        var chosen = winners[0];
        var family = all.Where(m => m.Material == chosen || Refines(chosen, m.Material)).ToList();
        var spans = family.Select(m => (m.Index, m.Length)).ToList();
        var grade = family.FirstOrDefault(m => m.Grade is not null) is { } g ? WithSuffix(text, g, spans) : null;
        var finish = Finish(catalog, chosen, text, spans);
        return new MaterialReading(chosen, grade, finish, top, spans);
    }

    private static bool Refines(Material particular, Material general) =>
        particular.RefineList.Contains(general.Code, StringComparer.OrdinalIgnoreCase);

    // "S355J2", "6082-T6", "5083 H111": the catalog lists the base grade; a quality or temper written after it belongs to it.
    private static string WithSuffix(string text, MaterialMatch grade, List<(int Index, int Length)> spans)
    {
        var m = Suffix().Match(text, grade.Index + grade.Length);
        if (!m.Success) return grade.Grade!;
        var i = spans.FindIndex(s => s.Index == grade.Index);
        spans[i] = (grade.Index, grade.Length + m.Length);
        var suffix = m.Groups["s"].Value.ToUpperInvariant();
        return m.Groups["temper"].Success ? $"{grade.Grade}-{suffix}" : grade.Grade + suffix;
    }

    private static string? Finish(MaterialCatalog catalog, Material material, string text, List<(int Index, int Length)> spans)
    {
        foreach (var (finish, phrase) in catalog.FinishesOf(material))
        {
            // A synonym that is also a finish ("zintec") was already read as the material: it still names the finish.
            if (phrase.Matches(text) is not [var m, ..]) continue;
            if (!spans.Any(s => s.Index <= m.Index && m.Index < s.Index + s.Length)) spans.Add((m.Index, m.Length));
            return finish;
        }

        return null;
    }

    [GeneratedRegex(@"\G(?:[\s\-]?(?<temper>(?<s>[TH]\d{1,4}))|-(?<temper>(?<s>O))|(?<s>J[R0-2]W?|K2|\+N|\+AR))(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
