namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>Optional facts the uploader typed in alongside the file.</summary>
[GenerateSerializer, Immutable, Alias("lg.upload-hints")]
public sealed record UploadHints(
    [property: Id(0)] string? ClientCode = null,
    [property: Id(1)] string? ProjectCode = null,
    [property: Id(2)] string? PartName = null,
    [property: Id(3)] string? Material = null,
    [property: Id(4)] double? ThicknessMm = null,
    [property: Id(5)] int? Quantity = null)
{
    /// <summary>No hints at all.</summary>
    public static UploadHints None { get; } = new();
}
