using LaserGrains.Grains.Extraction.Metadata;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Files;

/// <summary>Applies a PATCH to a file's manual facts: set values become manual (confidence 1), cleared ones fall back to extraction.</summary>
public static class ManualCorrection
{
    public static FileMetadata Apply(FileMetadata manual, MetadataPatch patch, MaterialCatalog materials)
    {
        ArgumentNullException.ThrowIfNull(manual);
        ArgumentNullException.ThrowIfNull(patch);
        var set = HintFacts.From(patch.Set, materials);
        var clear = patch.Clear.ToHashSet(StringComparer.Ordinal);
        var materialSet = set.Material is not null;
        var material = materialSet ? Manual(set) : clear.Contains("material") ? FileMetadata.Empty : manual;
        return new FileMetadata
        {
            ClientCode = Pick(manual.ClientCode, set.ClientCode, clear.Contains("client_code")),
            ProjectCode = Pick(manual.ProjectCode, set.ProjectCode, clear.Contains("project_code")),
            PartName = Pick(manual.PartName, set.PartName, clear.Contains("part_name")),
            ThicknessMm = Pick(manual.ThicknessMm, set.ThicknessMm, clear.Contains("thickness_mm")),
            Quantity = Pick(manual.Quantity, set.Quantity, clear.Contains("quantity")),
            Revision = manual.Revision,
            DrawingNumber = manual.DrawingNumber,
        }.WithMaterial(material);
    }

    // Name, code, grade and finish travel together: a new manual material replaces all of them, even when the catalog has no code for it.
    private static FileMetadata Manual(FileMetadata set) => new()
    {
        Material = Manual(set.Material), MaterialCode = Manual(set.MaterialCode), Grade = Manual(set.Grade),
        Finish = Manual(set.Finish), MaterialText = Manual(set.MaterialText),
    };

    private static MetadataField<T>? Pick<T>(MetadataField<T>? current, MetadataField<T>? set, bool clear) =>
        set is not null ? Manual(set) : clear ? null : current;

    private static MetadataField<T>? Manual<T>(MetadataField<T>? field) =>
        field is null ? null : new MetadataField<T>(field.Value, MetadataSource.Manual, 1.0);
}
