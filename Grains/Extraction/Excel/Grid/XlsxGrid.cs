using ClosedXML.Excel;

namespace LaserGrains.Grains.Extraction.Excel.Grid;

/// <summary>A ClosedXML worksheet seen as a grid, bounded to the rows and columns the reader may look at.</summary>
internal sealed class XlsxGrid(IXLWorksheet sheet, int maxRows, int maxColumns) : ISheetGrid
{
    public string Name => sheet.Name;

    public int LastRow { get; } = Math.Min(sheet.LastRowUsed()?.RowNumber() ?? 0, maxRows);

    public int LastColumn { get; } = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, maxColumns);

    public GridCell Cell(int row, int column)
    {
        var text = CellReading.Text(sheet.Cell(row, column), out var unknown);
        return new GridCell(text, unknown);
    }

    public string? SearchText(int row, int column) => CellReading.SearchText(sheet.Cell(row, column));
}
