using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>The kind decided from the bytes, and a warning when the file's extension says otherwise.</summary>
public sealed record DetectionResult(FileKind Kind, string? ExtensionMismatch);
