using System.Globalization;
using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Projects;

/// <summary>Says what a new version changed against the one before it: bytes, material, thickness, quantity.</summary>
public static class VersionChanges
{
    public static IReadOnlyList<string> Between(VersionEntry? previous, VersionClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (previous is null) return ["first version"];
        var changes = new List<string>();
        if (previous.Sha256 != claim.Sha256) changes.Add("content");
        Compare(changes, "material", previous.MaterialCode, claim.MaterialCode);
        Compare(changes, "thickness_mm", Mm(previous.ThicknessMm), Mm(claim.ThicknessMm));
        Compare(changes, "quantity", Count(previous.Quantity), Count(claim.Quantity));
        return changes;
    }

    private static void Compare(List<string> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.OrdinalIgnoreCase)) changes.Add($"{field}: {before ?? "?"} → {after ?? "?"}");
    }

    private static string? Mm(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private static string? Count(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
