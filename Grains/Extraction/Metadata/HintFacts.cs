using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Metadata;

/// <summary>Turns upload hints into metadata fields with the upload-hint source.</summary>
public static class HintFacts
{
    private const double HintConfidence = 0.95;

    public static FileMetadata From(UploadHints hints, MaterialCatalog materials)
    {
        var material = string.IsNullOrWhiteSpace(hints.Material) ? null : materials.FindByName(hints.Material);
        return new FileMetadata
        {
            ClientCode = Text(hints.ClientCode),
            ProjectCode = Text(hints.ProjectCode),
            PartName = Text(hints.PartName),
            Material = material is not null ? F(material.Name) : Text(hints.Material),
            MaterialCode = material is not null ? F(material.Code) : null,
            ThicknessMm = hints.ThicknessMm is { } t ? F(t) : null,
            Quantity = hints.Quantity is { } q ? F(q) : null,
        };
    }

    private static MetadataField<string>? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : F(value.Trim());

    private static MetadataField<T> F<T>(T value) => new(value, MetadataSource.UploadHint, HintConfidence);
}
