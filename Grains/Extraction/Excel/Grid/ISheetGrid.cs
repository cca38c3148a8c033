namespace LaserGrains.Grains.Extraction.Excel.Grid;

/// <summary>A worksheet as rows and columns of text, whatever file it came from (.xlsx, .xls, .csv); 1-based.</summary>
internal interface ISheetGrid
{
    string Name { get; }

    int LastRow { get; }

    int LastColumn { get; }

    /// <summary>The cell as a part line reads it: formulas evaluated where possible.</summary>
    GridCell Cell(int row, int column);

    /// <summary>The cell for search and labels: only values already known, never an evaluation.</summary>
    string? SearchText(int row, int column);
}
