namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>The part-list columns a job sheet, cut list or BOM may have.</summary>
internal enum SheetColumn
{
    Part,
    Material,
    Thickness,
    Quantity,
    Drawing,
    PartNumber,
    Length,
    Width,

    /// <summary>A line or position number ("No.", "Pos", "序号"): recognised so it is never taken for a part.</summary>
    LineNumber,
}
