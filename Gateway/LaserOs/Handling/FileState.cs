namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>What the receiver's decisions need of one file's DesignFile row: whether it exists and the newest sequence applied.</summary>
public readonly record struct FileState(bool Exists, long? LastSequence)
{
    /// <summary>No row yet.</summary>
    public static readonly FileState None = new(false, null);
}
