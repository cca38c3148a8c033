namespace LaserGrains.Grains.Extraction.Excel.Grid;

/// <summary>A grid already read into memory (legacy .xls, .csv): cells hold their final text.</summary>
internal sealed class ArrayGrid : ISheetGrid
{
    private readonly IReadOnlyList<string?[]> rows;

    public ArrayGrid(string name, IReadOnlyList<string?[]> rows, int maxColumns)
    {
        Name = name;
        this.rows = rows;
        LastRow = rows.Count;
        LastColumn = Math.Min(rows.Count == 0 ? 0 : rows.Max(r => r.Length), maxColumns);
    }

    public string Name { get; }

    public int LastRow { get; }

    public int LastColumn { get; }

    public GridCell Cell(int row, int column) => new(SearchText(row, column));

    public string? SearchText(int row, int column)
    {
        if (row < 1 || row > rows.Count) return null;
        var r = rows[row - 1];
        return column >= 1 && column <= r.Length && !string.IsNullOrWhiteSpace(r[column - 1]) ? r[column - 1]!.Trim() : null;
    }
}
