using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Metadata;

/// <summary>Merges facts from every source field by field: manual, then upload hint, then content, then filename.</summary>
public static class MetadataMerger
{
    public static FileMetadata Merge(params FileMetadata[] sources)
    {
        var ordered = sources;
        return new FileMetadata
        {
            ClientCode = Pick(ordered, m => m.ClientCode),
            ProjectCode = Pick(ordered, m => m.ProjectCode),
            PartName = Pick(ordered, m => m.PartName),
            Material = Pick(ordered, m => m.Material),
            MaterialCode = Pick(ordered, m => m.MaterialCode),
            ThicknessMm = Pick(ordered, m => m.ThicknessMm),
            Quantity = Pick(ordered, m => m.Quantity),
            Revision = Pick(ordered, m => m.Revision),
            DrawingNumber = Pick(ordered, m => m.DrawingNumber),
        };
    }

    /// <summary>The file's overall confidence: mean confidence over the fields a stored name needs, missing ones count 0.</summary>
    public static double ConfidenceScore(FileMetadata m)
    {
        double[] scores =
        [
            m.ClientCode?.Confidence ?? 0, m.ProjectCode?.Confidence ?? 0, m.PartName?.Confidence ?? 0,
            m.Material?.Confidence ?? 0, m.ThicknessMm?.Confidence ?? 0, m.Quantity?.Confidence ?? 0,
        ];
        return Math.Round(scores.Average(), 3);
    }

    private static MetadataField<T>? Pick<T>(FileMetadata[] sources, Func<FileMetadata, MetadataField<T>?> get) =>
        sources.Select(get).Where(f => f is not null).OrderByDescending(f => f!.Source).ThenByDescending(f => f!.Confidence).FirstOrDefault();
}
