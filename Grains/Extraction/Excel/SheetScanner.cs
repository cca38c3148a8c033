using ClosedXML.Excel;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Scans one worksheet: labelled job fields, the header row, its part lines and the cell text.</summary>
internal static class SheetScanner
{
    /// <summary>Job sheets put titles and job fields above the part list; headers further down are not looked for.</summary>
    public const int HeaderSearchRows = 20;

    /// <summary>Columns looked at per row; job sheets are narrow, and this bounds work on sheets with stray far-right cells.</summary>
    public const int MaxColumns = 64;

    public static FileMetadata Scan(
        IXLWorksheet sheet, FileMetadata facts, List<JobSheetPart> parts, BoundedText text,
        IDictionary<string, string> properties, int maxRows, CancellationToken cancellationToken)
    {
        var lastRow = Math.Min(sheet.LastRowUsed()?.RowNumber() ?? 0, maxRows);
        var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, MaxColumns);
        HeaderRow? header = null;
        for (var row = 1; row <= Math.Min(lastRow, HeaderSearchRows) && header is null; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = RowTexts(sheet, row, lastColumn);
            facts = ReadLabels(cells, facts, properties);
            header = HeaderRow.TryMatch(row, cells);
        }

        if (header is not null) parts.AddRange(PartRowReader.Read(sheet, header, lastRow, cancellationToken));
        for (var row = 1; row <= lastRow && !text.IsFull; row++)
        {
            if (row % 256 == 0) cancellationToken.ThrowIfCancellationRequested();
            text.AppendLine(string.Join('\t', RowTexts(sheet, row, lastColumn).Select(c => c.Value)));
        }

        return facts;
    }

    private static List<KeyValuePair<int, string>> RowTexts(IXLWorksheet sheet, int row, int lastColumn)
    {
        var cells = new List<KeyValuePair<int, string>>();
        for (var column = 1; column <= lastColumn; column++)
        {
            if (CellReading.SearchText(sheet.Cell(row, column)) is { } t) cells.Add(new(column, t));
        }

        return cells;
    }

    // A label is either "Client: CL0042" in one cell or "Client" followed by the value in the next filled cell.
    private static FileMetadata ReadLabels(List<KeyValuePair<int, string>> cells, FileMetadata facts, IDictionary<string, string> properties)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (JobFields.SplitLabel(cells[i].Value) is not { } labelled) continue;
            var value = labelled.Value.Length > 0 ? labelled.Value : i + 1 < cells.Count ? cells[i + 1].Value : "";
            facts = JobFields.Apply(facts, labelled.Label, value, properties);
        }

        return facts;
    }
}
