using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Common;

/// <summary>Builds metadata fields whose source is the file's content.</summary>
internal static class ContentFacts
{
    public static MetadataField<T> Field<T>(T value, double confidence) => new(value, MetadataSource.Content, confidence);

    public static MetadataField<T>? FieldOrNull<T>(T? value, double confidence)
        where T : struct => value is { } v ? Field(v, confidence) : null;

    public static MetadataField<string>? TextOrNull(string? value, double confidence) =>
        string.IsNullOrWhiteSpace(value) ? null : Field(value.Trim(), confidence);
}
