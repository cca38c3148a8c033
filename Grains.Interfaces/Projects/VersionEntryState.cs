namespace LaserGrains.Grains.Interfaces.Projects;

/// <summary>Whether a version's file is live, soft-deleted (restorable), or gone from the lineage (hard-deleted or moved).</summary>
public enum VersionEntryState
{
    Live = 0,
    Deleted = 1,
    Removed = 2,
}
