using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Metadata;

/// <summary>Turns what the uploader typed into metadata fields with the upload-hint source.</summary>
public static class HintFacts
{
    /// <summary>A person typed it for this file, but may still mistype: below a manual correction, above anything read.</summary>
    public const double Confidence = 0.95;

    /// <summary>Typed material text the catalog does not know is kept as the name, with lower confidence and no code.</summary>
    public const double UnknownMaterialConfidence = 0.6;

    public static FileMetadata From(UploadHints hints, MaterialCatalog materials)
    {
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(materials);
        var material = MaterialFacts.Labelled(hints.Material, materials, MetadataSource.UploadHint, Confidence, UnknownMaterialConfidence);
        return new FileMetadata
        {
            ClientCode = Text(hints.ClientCode),
            ProjectCode = Text(hints.ProjectCode),
            PartName = Text(hints.PartName),
            ThicknessMm = hints.ThicknessMm is > 0 and var t && double.IsFinite(t) ? F(t) : null,
            Quantity = hints.Quantity is > 0 and var q ? F(q) : null,
        }.WithMaterial(material);
    }

    private static MetadataField<string>? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : F(value.Trim());

    private static MetadataField<T> F<T>(T value, double confidence = Confidence) => new(value, MetadataSource.UploadHint, confidence);
}
