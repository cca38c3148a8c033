namespace LaserGrains.Grains.Preview;

/// <summary>Bounds of one preview: above the vertex budget polylines are simplified and contours merged per role.</summary>
public sealed record PreviewOptions
{
    /// <summary>Most vertices drawn; the browser slows down with the number of SVG elements and points.</summary>
    public int VertexBudget { get; init; } = 200_000;

    /// <summary>Most characters of SVG; drawing stops there and the preview says "simplified".</summary>
    public int MaxChars { get; init; } = 3 * 1024 * 1024;

    /// <summary>Beyond this many contours, all contours of one role share one path.</summary>
    public int MergeAbove { get; init; } = 5_000;

    /// <summary>Most text items drawn as labels.</summary>
    public int MaxTexts { get; init; } = 500;

    /// <summary>Most duplicate contours redrawn thick on the defects layer (the defect list caps each code at 50 anyway).</summary>
    public int MaxDoubled { get; init; } = 500;

    public double SheetWidthMm { get; init; } = 3000;

    public double SheetHeightMm { get; init; } = 1500;

    public static PreviewOptions Default { get; } = new();
}
