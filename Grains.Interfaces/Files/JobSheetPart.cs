namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>One part line of a job sheet; null where the sheet did not say or a formula could not be evaluated.</summary>
[GenerateSerializer, Immutable, Alias("lg.job-sheet-part")]
public sealed record JobSheetPart(
    [property: Id(0)] string Sheet,
    [property: Id(1)] int Row,
    [property: Id(2)] string? PartName,
    [property: Id(3)] string? Material,
    [property: Id(4)] double? ThicknessMm,
    [property: Id(5)] int? Quantity,
    [property: Id(6)] string? Drawing,
    [property: Id(7)] IReadOnlyList<string>? Unknowns = null);
