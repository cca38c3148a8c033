namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>The shop's material vocabulary: looks materials up by code, by name or synonym, or inside free text.</summary>
public sealed class MaterialCatalog
{
    private const string DefaultResource = "LaserGrains.Grains.Extraction.Naming.materials.json";
    private static readonly Lazy<MaterialCatalog> LazyDefault = new(() => FromJson(ResourceText.Read(DefaultResource)));

    private readonly Dictionary<string, Material> byCode;
    private readonly Dictionary<string, Material> byKey;
    private readonly MaterialPhrase[] phrases;
    private readonly Dictionary<Material, (string Finish, MaterialPhrase Phrase)[]> finishes;

    /// <summary>A catalog of <paramref name="materials"/>; a later entry with the same code replaces an earlier one.</summary>
    public MaterialCatalog(IEnumerable<Material> materials)
    {
        byCode = new Dictionary<string, Material>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in materials) byCode[m.Code] = m;
        Materials = [.. byCode.Values];
        byKey = [];
        foreach (var m in Materials)
        {
            foreach (var word in Names(m)) byKey.TryAdd(TextKey.Normalize(word), m);
        }

        // Longest phrases claim text first, so "stainless steel" is not read as "steel".
        phrases = [.. Materials.SelectMany(Phrases).OrderByDescending(p => p.Length)];
        finishes = Materials.ToDictionary(m => m, m => m.FinishList.OrderByDescending(f => f.Length).Select(f => (f, new MaterialPhrase(m, f))).ToArray());
    }

    /// <summary>The catalog shipped with the service (Naming/materials.json).</summary>
    public static MaterialCatalog Default => LazyDefault.Value;

    public IReadOnlyList<Material> Materials { get; }

    /// <summary>The default catalog with a shop's own file merged over it: its entries add or replace by code.</summary>
    public static MaterialCatalog Load(string path) => Default.Merge(FromJson(File.ReadAllText(path)));

    /// <summary>A catalog read from the materials.json format (see docs/METADATA.md).</summary>
    public static MaterialCatalog FromJson(string json) => new(MaterialCatalogJson.Read(json));

    /// <summary>This catalog with <paramref name="overrides"/> added; entries with the same code are replaced.</summary>
    public MaterialCatalog Merge(MaterialCatalog overrides) => new(Materials.Concat(overrides.Materials));

    public Material? FindByCode(string code) => byCode.GetValueOrDefault(code.Trim());

    /// <summary>The material whose code, name or synonym is exactly <paramref name="text"/> (case and separators ignored).</summary>
    public Material? FindByName(string text) => byKey.GetValueOrDefault(TextKey.Normalize(text));

    /// <summary>Every whole-word material mention in <paramref name="text"/>, without overlaps, in text order.</summary>
    public IReadOnlyList<MaterialMatch> FindAllInText(string text)
    {
        var claimed = new bool[text.Length];
        var found = new List<MaterialMatch>();
        foreach (var phrase in phrases)
        {
            foreach (var m in phrase.Matches(text))
            {
                if (claimed.AsSpan(m.Index, m.Length).Contains(true)) continue;
                Array.Fill(claimed, true, m.Index, m.Length);
                found.Add(m);
            }
        }

        return [.. found.OrderBy(m => m.Index)];
    }

    /// <summary>The strongest material mention in <paramref name="text"/>, or null.</summary>
    public MaterialMatch? FindInText(string text) =>
        FindAllInText(text).OrderByDescending(m => m.Evidence).ThenByDescending(m => m.Length).ThenBy(m => m.Index).FirstOrDefault();

    /// <summary>What <paramref name="text"/> says about material: which one, its grade and finish; null when it names none or two.</summary>
    public MaterialReading? Read(string text) => MaterialReader.Read(this, text);

    /// <summary>The finishes of <paramref name="material"/>, longest first, with their compiled phrases.</summary>
    internal IReadOnlyList<(string Finish, MaterialPhrase Phrase)> FinishesOf(Material material) =>
        finishes.TryGetValue(material, out var f) ? f : [];

    private static IEnumerable<string> Names(Material m) => m.Synonyms.Prepend(m.Name).Prepend(m.Code).Concat(m.GradeList);

    // A grade is also a name of its material; the grade phrase claims it first so the match knows it is a grade.
    private static IEnumerable<MaterialPhrase> Phrases(Material m)
    {
        var grades = m.GradeList.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var gradeKeys = grades.Select(TextKey.Normalize).ToHashSet();
        return grades.Select(g => new MaterialPhrase(m, g, isGrade: true)).Concat(
            m.Synonyms.Prepend(m.Name).Prepend(m.Code).Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(p => !gradeKeys.Contains(TextKey.Normalize(p))).Select(p => new MaterialPhrase(m, p)));
    }
}
