using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Metadata;

/// <summary>Orders candidate values for one field: a stronger source first, then a higher confidence, then the earlier argument.</summary>
public static class FieldPrecedence
{
    /// <summary>Manual beats upload hint beats content beats filename, whatever their confidences.</summary>
    public static int Rank(MetadataSource source) => source switch
    {
        MetadataSource.Manual => 3,
        MetadataSource.UploadHint => 2,
        MetadataSource.Content => 1,
        MetadataSource.Filename => 0,
        _ => -1,
    };

    /// <summary>The winning candidate, or null when there is none.</summary>
    public static MetadataField<T>? Best<T>(IEnumerable<MetadataField<T>?> candidates) =>
        candidates
            .Select((field, order) => (field, order))
            .Where(c => c.field is not null)
            .OrderByDescending(c => Rank(c.field!.Source))
            .ThenByDescending(c => Confidence(c.field!))
            .ThenBy(c => c.order)
            .Select(c => c.field)
            .FirstOrDefault();

    /// <summary>The field's confidence clamped to 0..1; a NaN counts as 0 so a broken reader cannot win.</summary>
    public static double Confidence<T>(MetadataField<T> field) =>
        double.IsNaN(field.Confidence) ? 0 : Math.Clamp(field.Confidence, 0, 1);
}
