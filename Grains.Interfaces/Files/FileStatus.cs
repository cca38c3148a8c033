namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>Where a file is in its lifecycle.</summary>
public enum FileStatus
{
    Received = 0,
    Processing = 1,
    Completed = 2,
    Failed = 3,
    Deleted = 4,
}
