namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>The shop's material vocabulary: looks materials up by code or by any synonym.</summary>
public sealed class MaterialCatalog(IReadOnlyList<Material> materials)
{
    public static MaterialCatalog Default { get; } = new(
    [
        new("Mild Steel", "MS", ["mild steel", "ms", "steel"]),
        new("Stainless Steel", "SS", ["stainless steel", "stainless", "ss"]),
        new("Aluminium", "AL", ["aluminium", "aluminum", "al", "alu"]),
    ]);

    public IReadOnlyList<Material> Materials => materials;

    public Material? FindByCode(string code) =>
        materials.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));

    public Material? FindByName(string text) =>
        materials.FirstOrDefault(m => m.Synonyms.Any(s => string.Equals(s, text.Trim(), StringComparison.OrdinalIgnoreCase)))
        ?? FindByCode(text.Trim());
}
