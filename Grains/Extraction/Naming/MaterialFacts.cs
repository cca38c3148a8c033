using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Turns what a file name, a title block, a sheet cell or a person wrote about material into metadata fields.</summary>
public static class MaterialFacts
{
    /// <summary>A labelled value the catalog does not know is kept as written, with this confidence and no code.</summary>
    public const double UnknownConfidence = 0.3;

    /// <summary>
    /// The material fields of a value labelled as material ("MATERIAL: MILD STEEL S275"): the catalog entry with its
    /// grade and finish, or the text as written with <paramref name="unknownConfidence"/>; the raw text is always kept.
    /// </summary>
    public static FileMetadata Labelled(
        string? text, MaterialCatalog catalog, MetadataSource source, double confidence, double unknownConfidence = UnknownConfidence)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var raw = text?.Trim();
        if (string.IsNullOrEmpty(raw)) return FileMetadata.Empty;
        if (catalog.Read(raw) is not { } reading)
        {
            return new FileMetadata { Material = new(raw, source, unknownConfidence), MaterialText = new(raw, source, unknownConfidence) };
        }

        return Fields(reading, raw, source, confidence);
    }

    /// <summary>The fields of one reading, each with <paramref name="source"/> and <paramref name="confidence"/>.</summary>
    public static FileMetadata Fields(MaterialReading reading, string raw, MetadataSource source, double confidence)
    {
        ArgumentNullException.ThrowIfNull(reading);
        MetadataField<string>? F(string? v) => v is null ? null : new(v, source, confidence);
        return new FileMetadata
        {
            Material = F(reading.Material.Name),
            MaterialCode = F(reading.Material.Code),
            Grade = F(reading.Grade),
            Finish = F(reading.Finish),
            MaterialText = F(raw),
        };
    }

    /// <summary><paramref name="facts"/> with the material fields of <paramref name="material"/> in place of its own.</summary>
    public static FileMetadata WithMaterial(this FileMetadata facts, FileMetadata material)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(material);
        return facts with
        {
            Material = material.Material, MaterialCode = material.MaterialCode, Grade = material.Grade,
            Finish = material.Finish, MaterialText = material.MaterialText,
        };
    }

    /// <summary>Reads the material in a loose file name and blanks out the words read, or null when none or two disagree.</summary>
    internal static FileMetadata? Read(MaskedText text, MaterialCatalog catalog)
    {
        var original = text.Current;
        if (catalog.Read(original) is not { } reading) return null;
        var spans = reading.Spans.OrderBy(s => s.Index).ToList();
        text.Take(spans.Select(s => (s, s.Index, s.Length)));
        var raw = string.Join(' ', spans.Select(s => original.Substring(s.Index, s.Length)));
        return Fields(reading, raw, MetadataSource.Filename, Confidence(reading.Evidence));
    }

    private static double Confidence(MaterialEvidence evidence) => evidence switch
    {
        MaterialEvidence.Name => 0.75,
        MaterialEvidence.Code => 0.65,
        _ => 0.45,
    };
}
