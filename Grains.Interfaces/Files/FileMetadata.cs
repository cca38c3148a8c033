namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>The manufacturing facts known about a file, each with its source and confidence.</summary>
[GenerateSerializer, Immutable, Alias("lg.file-metadata")]
public sealed record FileMetadata
{
    [Id(0)] public MetadataField<string>? ClientCode { get; init; }
    [Id(1)] public MetadataField<string>? ProjectCode { get; init; }
    [Id(2)] public MetadataField<string>? PartName { get; init; }
    /// <summary>Material name as the shop calls it, e.g. "Mild Steel".</summary>
    [Id(3)] public MetadataField<string>? Material { get; init; }
    /// <summary>Material code used in stored names, e.g. "MS".</summary>
    [Id(4)] public MetadataField<string>? MaterialCode { get; init; }
    [Id(5)] public MetadataField<double>? ThicknessMm { get; init; }
    [Id(6)] public MetadataField<int>? Quantity { get; init; }
    [Id(7)] public MetadataField<string>? Revision { get; init; }
    [Id(8)] public MetadataField<string>? DrawingNumber { get; init; }

    /// <summary>An empty record.</summary>
    public static FileMetadata Empty { get; } = new();
}
