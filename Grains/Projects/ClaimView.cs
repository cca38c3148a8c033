using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Projects;

/// <summary>What a claim decides on, read in its transaction: the claimant's entry in the lineage, the version a change is measured against, a live file with the same bytes, and the numbers taken.</summary>
internal sealed record ClaimView(
    VersionEntry? Own,
    VersionEntry? Previous,
    VersionEntry? LiveWithSameBytes,
    int Highest,
    bool DeclaredTaken);
