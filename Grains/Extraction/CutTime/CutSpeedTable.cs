using LaserGrains.Grains.Extraction.Naming;

namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>The shop's cutting speeds and pierce times per material code and thickness.</summary>
public sealed class CutSpeedTable
{
    private const string DefaultResource = "LaserGrains.Grains.Extraction.CutTime.cut-speeds.json";
    private static readonly Lazy<CutSpeedTable> LazyDefault = new(() => FromJson(ResourceText.Read(DefaultResource)));

    private readonly Dictionary<string, MaterialSpeeds> byCode;

    /// <summary>A table of <paramref name="materials"/>; a later entry with the same code replaces an earlier one.</summary>
    public CutSpeedTable(IEnumerable<MaterialSpeeds> materials)
    {
        byCode = new Dictionary<string, MaterialSpeeds>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in materials) byCode[m.Code] = m;
        Materials = [.. byCode.Values];
    }

    /// <summary>The table shipped with the service (CutTime/cut-speeds.json, numbers from laser-files.md §3).</summary>
    public static CutSpeedTable Default => LazyDefault.Value;

    public IReadOnlyList<MaterialSpeeds> Materials { get; }

    /// <summary>The default table with a shop's own file merged over it: a material in the file replaces the default rows whole.</summary>
    /// <remarks>A LightBurn material library (.clb) is imported too (see <see cref="LightBurnSpeeds"/>).</remarks>
    public static CutSpeedTable Load(string path) => Default.Merge(
        string.Equals(Path.GetExtension(path), ".clb", StringComparison.OrdinalIgnoreCase)
            ? new CutSpeedTable(LightBurnSpeeds.Read(File.ReadAllBytes(path), $"LightBurn library {Path.GetFileName(path)}", MaterialCatalog.Default))
            : FromJson(File.ReadAllText(path)));

    /// <summary>A table read from the cut-speeds.json format (see docs/METADATA.md).</summary>
    public static CutSpeedTable FromJson(string json) => new(CutSpeedTableJson.Read(json));

    /// <summary>This table with <paramref name="overrides"/> added; materials with the same code are replaced.</summary>
    public CutSpeedTable Merge(CutSpeedTable overrides) => new(Materials.Concat(overrides.Materials));

    public MaterialSpeeds? Find(string code) => byCode.GetValueOrDefault(code.Trim());
}
