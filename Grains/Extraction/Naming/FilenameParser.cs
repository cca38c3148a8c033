using System.Globalization;
using System.Text.RegularExpressions;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Reads manufacturing facts from a file name (the stored convention and what customers send).</summary>
public static partial class FilenameParser
{
    private const double StoredConventionConfidence = 0.9;

    /// <summary>Facts found in <paramref name="filename"/>; fields not found stay null.</summary>
    public static FileMetadata Parse(string filename)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(filename));
        var m = StoredConvention().Match(stem);
        if (!m.Success) return FileMetadata.Empty;

        var code = m.Groups["material"].Value.ToUpperInvariant();
        var material = MaterialCatalog.Default.FindByCode(code);
        return new FileMetadata
        {
            ClientCode = Field(m.Groups["client"].Value),
            ProjectCode = Field(m.Groups["project"].Value),
            PartName = Field(m.Groups["part"].Value.Replace('_', ' ')),
            MaterialCode = Field(code),
            Material = material is null ? null : Field(material.Name),
            ThicknessMm = Field(double.Parse(m.Groups["thk"].Value.Replace('_', '.'), CultureInfo.InvariantCulture)),
            Quantity = Field(int.Parse(m.Groups["qty"].Value, CultureInfo.InvariantCulture)),
        };
    }

    private static MetadataField<T> Field<T>(T value) => new(value, MetadataSource.Filename, StoredConventionConfidence);

    // CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1
    [GeneratedRegex(@"^(?<client>CL\d{4})-(?<project>JB-\d{4}-\d{2}-CL\d{4}-\d{3})-(?<part>.+)-(?<material>[A-Za-z0-9]{1,6})-(?<thk>\d+(?:[._]\d+)?)mm-x(?<qty>\d+)(?:-v(?<ver>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredConvention();
}
