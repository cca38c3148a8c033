namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>The part-list columns a job sheet may have.</summary>
internal enum SheetColumn
{
    Part,
    Material,
    Thickness,
    Quantity,
    Drawing,
}
