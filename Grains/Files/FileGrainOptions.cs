namespace LaserGrains.Grains.Files;

/// <summary>Settings of file processing inside the silo.</summary>
public sealed class FileGrainOptions
{
    public const string Section = "Files";

    /// <summary>How much extracted text a file keeps for full-text search.</summary>
    public int MaxSearchTextChars { get; set; } = 32_000;
}
