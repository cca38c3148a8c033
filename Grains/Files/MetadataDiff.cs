using System.Globalization;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Files;

/// <summary>Names the metadata fields whose values differ between two merged records, for the extraction history.</summary>
public static class MetadataDiff
{
    public static IReadOnlyList<string> Changed(FileMetadata before, FileMetadata after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<string>();
        Check(changed, "client_code", before.ClientCode?.Value, after.ClientCode?.Value);
        Check(changed, "project_code", before.ProjectCode?.Value, after.ProjectCode?.Value);
        Check(changed, "part_name", before.PartName?.Value, after.PartName?.Value);
        Check(changed, "material", before.Material?.Value, after.Material?.Value);
        Check(changed, "material_code", before.MaterialCode?.Value, after.MaterialCode?.Value);
        Check(changed, "grade", before.Grade?.Value, after.Grade?.Value);
        Check(changed, "finish", before.Finish?.Value, after.Finish?.Value);
        Check(changed, "thickness_mm", Text(before.ThicknessMm?.Value), Text(after.ThicknessMm?.Value));
        Check(changed, "quantity", Text(before.Quantity?.Value), Text(after.Quantity?.Value));
        Check(changed, "revision", before.Revision?.Value, after.Revision?.Value);
        Check(changed, "drawing_number", before.DrawingNumber?.Value, after.DrawingNumber?.Value);
        return changed;
    }

    private static void Check(List<string> changed, string field, string? a, string? b)
    {
        if (!string.Equals(a, b, StringComparison.Ordinal)) changed.Add(field);
    }

    private static string? Text(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Text(int? v) => v?.ToString(CultureInfo.InvariantCulture);
}
