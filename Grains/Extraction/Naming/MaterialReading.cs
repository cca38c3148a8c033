namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>
/// What one piece of text says about material: the catalog entry, its grade and finish as the catalog spells them,
/// the strongest kind of word that named it, and the spans of text that were read.
/// </summary>
public sealed record MaterialReading(
    Material Material,
    string? Grade,
    string? Finish,
    MaterialEvidence Evidence,
    IReadOnlyList<(int Index, int Length)> Spans);
