namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>A material found in free text, with where it was found and how strong the evidence is.</summary>
public sealed record MaterialMatch(Material Material, int Index, int Length, MaterialEvidence Evidence);
