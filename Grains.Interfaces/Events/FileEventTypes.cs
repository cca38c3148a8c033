namespace LaserGrains.Grains.Interfaces.Events;

/// <summary>The event types of the seed's webhook contract.</summary>
public static class FileEventTypes
{
    public const string Ingested = "file.ingested";
    public const string Processed = "file.processed";
    public const string Failed = "file.failed";
    public const string ReExtracted = "file.re_extracted";
    public const string Deleted = "file.deleted";

    public static IReadOnlyList<string> All { get; } = [Ingested, Processed, Failed, ReExtracted, Deleted];
}
