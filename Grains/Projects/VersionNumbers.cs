using System.Globalization;
using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Projects;

/// <summary>Chooses a new version number in a lineage: the one the file declares when it is free, else the next free one.</summary>
public static class VersionNumbers
{
    /// <summary>Declared versions above this are part or drawing numbers, not versions.</summary>
    public const int MaxDeclared = 9_999;

    /// <summary>
    /// The number for a new entry and, when the declared one could not be given, a warning saying so. Numbers of
    /// removed entries stay taken, so a number never names two different files.
    /// </summary>
    public static (int Version, string? Warning) Next(IReadOnlyList<VersionEntry> lineage, int? declared)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        return Next(lineage.Count == 0 ? 0 : lineage.Max(e => e.Version), lineage.Any(e => e.Version == declared), declared);
    }

    /// <summary>The same from what the store reads: the highest number of the lineage (0 when empty) and whether the declared one is taken.</summary>
    public static (int Version, string? Warning) Next(int highest, bool declaredTaken, int? declared)
    {
        var next = highest + 1;
        if (declared is not (> 0 and <= MaxDeclared) || declared == next) return (next, null);
        if (!declaredTaken) return (declared.Value, null);
        return (next, string.Create(CultureInfo.InvariantCulture,
            $"The file declares version {declared.Value}, but v{declared.Value} of this part is already taken in the project; it was given v{next}."));
    }
}
