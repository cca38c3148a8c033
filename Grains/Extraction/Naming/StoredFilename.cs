using System.Globalization;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>
/// Builds the stored name and its folder: the full form client-project-part-material-thickness-xqty-vN.ext when at
/// most one slot is unknown ('_'), else the short form [client-project--]part--[material-][thickness-][xqty-]vN.ext
/// (see docs/METADATA.md); <see cref="FilenameParser"/> reads either back unambiguously.
/// </summary>
public static class StoredFilename
{
    public const string UnassignedFolder = "_unassigned";

    /// <summary>Written in a slot whose value is unknown.</summary>
    public const string Missing = "_";

    /// <summary>No stored name is longer than this; the part name is shortened first.</summary>
    public const int MaxLength = 150;

    private const int MaxClient = 24;
    private const int MaxProject = 48;
    private const int MaxMaterial = 10;
    private const int MaxExtension = 10;
    private const double MaxThicknessMm = 1000;

    /// <summary>The stored name for <paramref name="metadata"/>; deterministic, safe on every file system, at most 150 characters.</summary>
    public static string Build(FileMetadata metadata, int version, string extension)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        string[] tail =
        [
            Or(SafeName.Code(metadata.MaterialCode?.Value, MaxMaterial)),
            metadata.ThicknessMm?.Value is > 0 and <= MaxThicknessMm and var t && Thickness.Format(t) != "0" ? Thickness.Format(t) + "mm" : Missing,
            metadata.Quantity?.Value is > 0 and var q ? "x" + q.ToString(CultureInfo.InvariantCulture) : Missing,
            "v" + version.ToString(CultureInfo.InvariantCulture),
        ];
        var client = Or(SafeName.Code(metadata.ClientCode?.Value, MaxClient));
        var project = Project(metadata.ProjectCode?.Value);
        var ext = Extension(extension);
        var unknown = tail.Count(s => s == Missing) + (client == Missing ? 1 : 0) + (project == Missing ? 1 : 0)
            + (SafeName.Text(metadata.PartName?.Value).Length == 0 ? 1 : 0);
        if (unknown >= 2) return ShortStoredName.Build(client, project, metadata.PartName?.Value, tail, ext, MaxLength);
        var fixedLength = client.Length + project.Length + tail.Sum(s => s.Length) + ext.Length + 6;
        var part = Or(SafeName.Shorten(SafeName.Text(metadata.PartName?.Value), MaxLength - fixedLength));
        return string.Join('-', [client, project, part, .. tail]) + ext;
    }

    /// <summary>client/project, or the unassigned folder when either is unknown.</summary>
    public static string Folder(FileMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var client = FolderPart(SafeName.Code(metadata.ClientCode?.Value, MaxClient));
        var project = FolderPart(JobCodes.IsProjectCode(metadata.ProjectCode?.Value?.Trim().ToUpperInvariant() ?? "")
            ? metadata.ProjectCode!.Value.Trim().ToUpperInvariant()
            : SafeName.Code(metadata.ProjectCode?.Value, MaxProject));
        return client.Length > 0 && project.Length > 0 ? $"{client}/{project}" : UnassignedFolder;
    }

    private static string Project(string? value)
    {
        var upper = value?.Trim().ToUpperInvariant() ?? "";
        if (upper.Length <= MaxProject && JobCodes.IsProjectCode(upper)) return upper;
        var code = SafeName.Code(upper, MaxProject);
        // A bare "JB" followed by a part name starting "2025-10-CL1-001-" would read as one project code.
        return code == "JB" ? code + "_" : Or(code);
    }

    private static string Extension(string extension)
    {
        var clean = new string([.. extension.Where(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
        return clean.Length == 0 ? "" : "." + clean[..Math.Min(clean.Length, MaxExtension)];
    }

    private static string FolderPart(string code) => SafeName.IsReservedWindowsName(code) ? code + "_" : code;

    private static string Or(string value) => value.Length == 0 ? Missing : value;
}
