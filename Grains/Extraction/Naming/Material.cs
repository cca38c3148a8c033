namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>
/// A material the shop cuts: its display name, its short code, the words customers use for it, its grades
/// (S275, 316L, 6082), its finishes (2B, brushed, Zintec) and the materials it is a kind of (galvanised steel refines MS).
/// </summary>
public sealed record Material(
    string Name,
    string Code,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string>? Grades = null,
    IReadOnlyList<string>? Finishes = null,
    IReadOnlyList<string>? Refines = null)
{
    /// <summary>Grades as written in the catalog; each also names the material.</summary>
    public IReadOnlyList<string> GradeList => Grades ?? [];

    /// <summary>Finishes; a finish alone does not name a material ("brushed" fits several).</summary>
    public IReadOnlyList<string> FinishList => Finishes ?? [];

    /// <summary>Codes of the materials this one is a kind of: named together, this one wins.</summary>
    public IReadOnlyList<string> RefineList => Refines ?? [];
}
