using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Picks the material a loose file name names, and how sure that is from the kind of word used.</summary>
internal static class MaterialFacts
{
    /// <summary>Name and code fields for the strongest material in the text, or null when none or two disagree.</summary>
    public static (MetadataField<string> Name, MetadataField<string> Code)? Read(MaskedText text, MaterialCatalog catalog)
    {
        var all = catalog.FindAllInText(text.Current);
        if (all.Count == 0) return null;
        var top = all.Max(m => m.Evidence);
        var winners = all.Where(m => m.Evidence == top).Select(m => m.Material.Code).Distinct().ToList();
        // "steel bracket for aluminium frame": two materials named equally strongly, so neither is trusted.
        if (winners.Count > 1) return null;
        var chosen = all.First(m => m.Evidence == top).Material;
        text.Take(all.Where(m => m.Material == chosen).Select(m => (m, m.Index, m.Length)));
        var confidence = Confidence(top);
        return (Field(chosen.Name, confidence), Field(chosen.Code, confidence));
    }

    private static double Confidence(MaterialEvidence evidence) => evidence switch
    {
        MaterialEvidence.Name => 0.75,
        MaterialEvidence.Code => 0.65,
        _ => 0.45,
    };

    private static MetadataField<string> Field(string value, double confidence) => new(value, MetadataSource.Filename, confidence);
}
