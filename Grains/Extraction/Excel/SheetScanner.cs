using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Excel.Grid;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>
/// Scans one worksheet top to bottom: labelled job fields above the first table, every header row and the part
/// lines under it; titles, blanks and totals are passed over, and an example or pricing block is not read.
/// </summary>
internal static class SheetScanner
{
    /// <summary>Job fields ("Client:", "Job No") are looked for in this many rows above the first table.</summary>
    public const int LabelRows = 30;

    /// <summary>Columns looked at per row; job sheets are narrow, and this bounds work on sheets with stray far-right cells.</summary>
    public const int MaxColumns = 64;

    public static FileMetadata Scan(
        ISheetGrid grid, FileMetadata facts, List<JobSheetPart> parts, BoundedText text,
        IDictionary<string, string> properties, MaterialCells catalog, CancellationToken cancellationToken)
    {
        HeaderRow? header = null;
        var aside = false;
        var tables = 0;
        for (var row = 1; row <= grid.LastRow; row++)
        {
            if (row % 256 == 0) cancellationToken.ThrowIfCancellationRequested();
            var cells = RowTexts(grid, row);
            if (!text.IsFull) text.AppendLine(string.Join('\t', cells.Select(c => c.Value)));
            if (cells.Count == 0)
            {
                // An example or pricing block ends at the next blank row; a table does not (sections have gaps).
                aside = false;
                continue;
            }

            if (RowMarkers.StartsAside(cells))
            {
                aside = true;
                header = null;
                continue;
            }

            if (aside) continue;
            if (HeaderRow.TryMatch(row, cells) is { } found)
            {
                header = found;
                tables++;
                continue;
            }

            if (header is null)
            {
                if (tables == 0 && row <= LabelRows) facts = ReadLabels(cells, facts, properties);
                continue;
            }

            if (cells.Any(c => RowMarkers.IsTotal(c.Value))) continue;
            if (PartLine.Read(grid, header, row, catalog) is { } part) parts.Add(part);
        }

        return facts;
    }

    private static List<KeyValuePair<int, string>> RowTexts(ISheetGrid grid, int row)
    {
        var cells = new List<KeyValuePair<int, string>>();
        for (var column = 1; column <= grid.LastColumn; column++)
        {
            if (grid.SearchText(row, column) is { } t) cells.Add(new(column, t));
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
