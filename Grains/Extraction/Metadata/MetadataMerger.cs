using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Metadata;

/// <summary>
/// Merges facts from every source into one record, field by field, by <see cref="FieldPrecedence"/>;
/// the material name, code, grade and finish travel together so they never describe two different materials.
/// </summary>
public static class MetadataMerger
{
    /// <summary>Weights of the fields a stored name needs; they add up to 1 (see docs/METADATA.md).</summary>
    public static IReadOnlyDictionary<string, double> ScoreWeights { get; } = new Dictionary<string, double>
    {
        ["client"] = 0.15,
        ["project"] = 0.15,
        ["part"] = 0.15,
        ["material"] = 0.2,
        ["thickness"] = 0.2,
        ["quantity"] = 0.15,
    };

    /// <summary>One record with the winning value of every field; null arguments are skipped.</summary>
    public static FileMetadata Merge(params FileMetadata?[] sources)
    {
        var all = (sources ?? []).OfType<FileMetadata>().ToArray();
        return new FileMetadata
        {
            ClientCode = FieldPrecedence.Best(all.Select(m => m.ClientCode)),
            ProjectCode = FieldPrecedence.Best(all.Select(m => m.ProjectCode)),
            PartName = FieldPrecedence.Best(all.Select(m => m.PartName)),
            ThicknessMm = FieldPrecedence.Best(all.Select(m => m.ThicknessMm)),
            Quantity = FieldPrecedence.Best(all.Select(m => m.Quantity)),
            Revision = FieldPrecedence.Best(all.Select(m => m.Revision)),
            DrawingNumber = FieldPrecedence.Best(all.Select(m => m.DrawingNumber)),
        }.WithMaterial(Material(all));
    }

    /// <summary>
    /// The file's overall confidence in 0..1: the weighted sum of the confidences of client, project, part, material
    /// (name or code, whichever is surer), thickness and quantity; a missing field adds 0. Rounded to 3 decimals.
    /// </summary>
    public static double ConfidenceScore(FileMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var score =
            (ScoreWeights["client"] * C(metadata.ClientCode))
            + (ScoreWeights["project"] * C(metadata.ProjectCode))
            + (ScoreWeights["part"] * C(metadata.PartName))
            + (ScoreWeights["material"] * Math.Max(C(metadata.Material), C(metadata.MaterialCode)))
            + (ScoreWeights["thickness"] * C(metadata.ThicknessMm))
            + (ScoreWeights["quantity"] * C(metadata.Quantity));
        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    // The source that wins the material gives name, code, grade, finish and raw text; none of them is borrowed from a
    // weaker source, which might name a different material, except a grade or finish from one naming the same code.
    private static FileMetadata Material(FileMetadata[] all)
    {
        var winner = all
            .Select((m, order) => (m, order, best: FieldPrecedence.Best([m.Material, m.MaterialCode])))
            .Where(x => x.best is not null)
            .OrderByDescending(x => FieldPrecedence.Rank(x.best!.Source))
            .ThenByDescending(x => FieldPrecedence.Confidence(x.best!))
            .ThenBy(x => x.order)
            .Select(x => x.m)
            .FirstOrDefault();
        if (winner?.MaterialCode?.Value is not { } code) return winner ?? FileMetadata.Empty;
        var same = all.Where(m => string.Equals(m.MaterialCode?.Value, code, StringComparison.OrdinalIgnoreCase)).ToList();
        return winner with
        {
            Grade = winner.Grade ?? FieldPrecedence.Best(same.Select(m => m.Grade)),
            Finish = winner.Finish ?? FieldPrecedence.Best(same.Select(m => m.Finish)),
        };
    }

    private static double C<T>(MetadataField<T>? field) => field is null ? 0 : FieldPrecedence.Confidence(field);
}
