namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>
/// A material found in free text, with where it was found and how strong the evidence is; <see cref="Grade"/> is the
/// catalog's spelling when the words found are one of the material's grades.
/// </summary>
public sealed record MaterialMatch(Material Material, int Index, int Length, MaterialEvidence Evidence, string? Grade = null);
