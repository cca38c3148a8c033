using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>
/// Reads what customers actually send ("Bracket - 5mm Mild Steel - Qty 10"): each fact is found by its marker,
/// removed from the text, and what is left is the part name.
/// </summary>
internal static class LooseNameReader
{
    private const double ProjectConfidence = 0.85;
    private const double ClientInProjectConfidence = 0.8;
    private const double ThicknessMmConfidence = 0.75;
    private const double ThicknessInchConfidence = 0.7;
    private const double PartConfidence = 0.6;
    private const double PartOnlyConfidence = 0.5;

    public static FileMetadata Read(string stem, MaterialCatalog catalog)
    {
        var text = new MaskedText(stem);
        var projects = text.Take(JobCodes.FindProjects(stem).Select(p => (p, p.Index, p.Length)));
        var clients = text.Take(JobCodes.FindClients(text.Current).Select(c => (c, c.Index, c.Length)));
        var thicknesses = text.Take(Thickness.FindAll(text.Current).Select(t => (t, t.Index, t.Length)));
        var quantities = text.Take(QuantityText.FindAll(text.Current).Select(q => (q, q.Index, q.Length)));
        var revisions = text.Take(RevisionText.FindAll(text.Current).Select(r => (r, r.Index, r.Length)));
        var material = MaterialFacts.Read(text, catalog);

        var facts = new FileMetadata
        {
            ProjectCode = Single(projects.Select(p => p.Project), ProjectConfidence),
            ClientCode = Single(projects.Select(p => p.Client), ClientInProjectConfidence)
                ?? Single(clients.Select(c => c.Value), clients.Select(c => c.Confidence).DefaultIfEmpty().Min()),
            ThicknessMm = ThicknessField(thicknesses),
            Quantity = Best(quantities),
            Revision = Best(revisions),
        };
        if (material is not null) facts = facts.WithMaterial(material);
        var part = PartName(text.Current);
        var foundOther = facts != FileMetadata.Empty || thicknesses.Count > 0;
        return facts with { PartName = part is null ? null : Field(part, foundOther ? PartConfidence : PartOnlyConfidence) };
    }

    private static MetadataField<double>? ThicknessField(IReadOnlyList<ThicknessMatch> found)
    {
        // Gauges are recognised (so "16ga" is not read as a quantity) but never turned into millimetres.
        var values = found.Where(t => t.Mm is not null).ToList();
        if (values.Count == 0 || values.Select(t => t.Mm).Distinct().Count() > 1) return null;
        var confidence = values.All(t => t.Unit == ThicknessUnit.Millimetre) ? ThicknessMmConfidence : ThicknessInchConfidence;
        return Field(values[0].Mm!.Value, confidence);
    }

    // Two different values for one fact mean the name is ambiguous: no value beats a wrong one.
    private static MetadataField<T>? Best<T>(IReadOnlyList<TextSpan<T>> found) where T : notnull =>
        found.Select(f => f.Value).Distinct().Count() == 1 ? Field(found[0].Value, found.Max(f => f.Confidence)) : null;

    private static MetadataField<string>? Single(IEnumerable<string> values, double confidence)
    {
        var distinct = values.Distinct().ToList();
        return distinct.Count == 1 ? Field(distinct[0], confidence) : null;
    }

    private static string? PartName(string rest)
    {
        var words = new List<string>();
        foreach (var raw in rest.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('-', '.', ',', '+', '(', ')', '[', ']', '&', '#', ';');
            if (word.Length > 0) words.Add(word);
        }

        var part = string.Join(' ', words);
        return part.Length == 0 ? null : part;
    }

    private static MetadataField<T> Field<T>(T value, double confidence) => new(value, MetadataSource.Filename, confidence);
}
