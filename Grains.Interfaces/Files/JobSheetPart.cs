namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>One part line of a job sheet, cut list or BOM; null where the sheet did not say or a formula could not be evaluated.</summary>
[GenerateSerializer, Immutable, Alias("lg.job-sheet-part")]
public sealed record JobSheetPart(
    [property: Id(0)] string Sheet,
    [property: Id(1)] int Row,
    [property: Id(2)] string? PartName,
    [property: Id(3)] string? Material,
    [property: Id(4)] double? ThicknessMm,
    [property: Id(5)] int? Quantity,
    [property: Id(6)] string? Drawing,
    [property: Id(7)] IReadOnlyList<string>? Unknowns = null)
{
    /// <summary>Catalog code of <see cref="Material"/>; null when the sheet's material is not in the catalog.</summary>
    [Id(8)] public string? MaterialCode { get; init; }
    /// <summary>The material's grade, e.g. "S275" or "6082-T6".</summary>
    [Id(9)] public string? Grade { get; init; }
    [Id(10)] public string? Finish { get; init; }
    /// <summary>The material cell as written; <see cref="Material"/> is the catalog name when the catalog knows it.</summary>
    [Id(11)] public string? MaterialText { get; init; }
    /// <summary>The part number or code beside the description that names the part.</summary>
    [Id(12)] public string? PartNumber { get; init; }
    [Id(13)] public double? LengthMm { get; init; }
    [Id(14)] public double? WidthMm { get; init; }
}
