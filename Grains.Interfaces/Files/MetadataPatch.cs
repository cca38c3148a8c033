namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>A manual correction: values to set by hand (non-null fields of <see cref="Set"/>) and manual values to clear.</summary>
[GenerateSerializer, Immutable, Alias("lg.metadata-patch")]
public sealed record MetadataPatch(
    [property: Id(0)] UploadHints Set,
    [property: Id(1)] IReadOnlyList<string> Clear)
{
    /// <summary>The field names a correction may set or clear, as the API spells them.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["client_code", "project_code", "part_name", "material", "thickness_mm", "quantity"];
}
