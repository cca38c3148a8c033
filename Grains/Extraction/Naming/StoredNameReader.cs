using System.Globalization;
using System.Text.RegularExpressions;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Reads names in either stored form written by <see cref="StoredFilename"/>: the short form first, then the full one.</summary>
internal static partial class StoredNameReader
{
    public const double Confidence = 0.9;

    public static (FileMetadata Facts, int? Version)? Read(string stem, MaterialCatalog catalog)
    {
        var m = ShortStoredName.Match(stem);
        if (!m.Success) m = Shape().Match(stem);
        if (!m.Success) return null;
        var code = Slot(m, "material")?.ToUpperInvariant();
        var material = code is null ? null : catalog.FindByCode(code);
        var facts = new FileMetadata
        {
            ClientCode = Field(Code(m, "client")),
            ProjectCode = Field(Code(m, "project")),
            PartName = Field(Slot(m, "part")?.Replace('_', ' ')),
            MaterialCode = Field(code),
            Material = Field(material?.Name),
            ThicknessMm = m.Groups["thk"].Success ? Field(Math.Round(double.Parse(m.Groups["thk"].Value.Replace('_', '.'), CultureInfo.InvariantCulture), 3)) : null,
            Quantity = m.Groups["qty"].Success && int.TryParse(m.Groups["qty"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? Field(q) : null,
        };
        var version = m.Groups["ver"].Success && int.TryParse(m.Groups["ver"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        return (facts, version);
    }

    private static string? Slot(Match m, string name) =>
        m.Groups[name] is { Success: true, Value: var v } && v != StoredFilename.Missing ? v : null;

    // A code that would read as the start of a project code is written with a trailing '_' (see StoredFilename).
    private static string? Code(Match m, string name) => Slot(m, name)?.TrimEnd('_');

    private static MetadataField<T>? Field<T>(T? value) where T : notnull =>
        value is null ? null : new MetadataField<T>(value, MetadataSource.Filename, Confidence);

    private static MetadataField<double> Field(double value) => new(value, MetadataSource.Filename, Confidence);

    private static MetadataField<int> Field(int value) => new(value, MetadataSource.Filename, Confidence);

    // client-project-part-material-thickness-xqty-vN. Client and project are upper case so a customer's
    // lower-case "mounting-plate-..." is not taken for codes; the tail is anchored on the right, so the part may hold dashes.
    [GeneratedRegex("""
        ^(?<client>[A-Z0-9_]+)
        -(?<project>JB-\d{4}-\d{2}-[A-Z0-9]+-\d{1,6}|[A-Z0-9_]+)
        -(?<part>.+)
        -(?<material>[A-Za-z0-9]{1,10}|_)
        -(?:(?<thk>\d{1,4}(?:[._]\d{1,3})?)(?i:mm)|_)
        -(?:(?i:x)(?<qty>\d{1,10})|_)
        (?:-(?i:v)(?<ver>\d{1,10}))?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
