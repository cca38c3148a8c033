namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>A material the shop cuts: its display name, its short code, and the words customers use for it.</summary>
public sealed record Material(string Name, string Code, IReadOnlyList<string> Synonyms);
