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
    /// <summary>The material's grade as the catalog spells it, with its temper or quality, e.g. "S275", "316L", "6082-T6".</summary>
    [Id(9)] public MetadataField<string>? Grade { get; init; }
    /// <summary>The material's finish or coating, e.g. "2B", "brushed", "zintec".</summary>
    [Id(10)] public MetadataField<string>? Finish { get; init; }
    /// <summary>The material as the source wrote it ("MILD STEEL S275", "304 S/S"), kept beside the normalised name.</summary>
    [Id(11)] public MetadataField<string>? MaterialText { get; init; }

    /// <summary>An empty record.</summary>
    public static FileMetadata Empty { get; } = new();
}
