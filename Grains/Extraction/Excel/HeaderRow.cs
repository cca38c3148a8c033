using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Common;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>A recognised header row: which column holds which field, and the unit each length column's header names.</summary>
internal sealed partial record HeaderRow(int Row, IReadOnlyDictionary<SheetColumn, int> Columns, IReadOnlyDictionary<SheetColumn, string> Units)
{
    /// <summary>
    /// True when no column names the part but a "material" column does, as in BOMs where 物料 ("material") heads the
    /// item names: a value there that the catalog does not know is then the part's name.
    /// </summary>
    public bool MaterialMayNameParts => !Identifies(Columns);

    /// <summary>The unit of a length-like column: from its header, else millimetres (cells may still say otherwise).</summary>
    public string UnitOf(SheetColumn column) => Units.GetValueOrDefault(column, "mm");

    /// <summary>The header row if <paramref name="cells"/> (column number → text) name a part, part number or drawing and one more field.</summary>
    public static HeaderRow? TryMatch(int row, IEnumerable<KeyValuePair<int, string>> cells)
    {
        var columns = new Dictionary<SheetColumn, int>();
        var units = new Dictionary<SheetColumn, string>();
        var weakPart = false;
        int? secondMaterial = null;
        foreach (var (column, text) in cells)
        {
            if (HeaderSynonyms.Classify(text) is not { } field) continue;
            if (field == SheetColumn.Material && columns.ContainsKey(field)) secondMaterial ??= column;
            var isWeak = field == SheetColumn.Part && HeaderSynonyms.IsWeakPart(text);
            // The first column of a kind wins ("Qty" before "Qty per bundle"), except that a weak "Item" gives way.
            if (columns.ContainsKey(field) && !(field == SheetColumn.Part && weakPart && !isWeak)) continue;
            if (field == SheetColumn.Part) weakPart = isWeak;
            columns[field] = column;
            if (Unit(text) is { } unit) units[field] = unit;
        }

        // 材料 … 材质, "Material" … "Grade" with no part column: the first holds the item names, the second the material.
        if (!Identifies(columns) && secondMaterial is { } second)
        {
            columns[SheetColumn.Part] = columns[SheetColumn.Material];
            columns[SheetColumn.Material] = second;
        }

        var fields = columns.Keys.Count(k => k is not SheetColumn.LineNumber);
        var accepted = Identifies(columns) ? fields >= 2
            : columns.ContainsKey(SheetColumn.Material) && (columns.ContainsKey(SheetColumn.Quantity) || columns.ContainsKey(SheetColumn.Length));
        return accepted ? new HeaderRow(row, columns, units) : null;
    }

    private static bool Identifies(IReadOnlyDictionary<SheetColumn, int> columns) =>
        columns.ContainsKey(SheetColumn.Part) || columns.ContainsKey(SheetColumn.PartNumber) || columns.ContainsKey(SheetColumn.Drawing);

    private static string? Unit(string header) =>
        LengthText.UnitFromHeader(header) ?? (TrailingUnit().Match(header.Trim()) is { Success: true } m ? m.Groups["unit"].Value : null);

    [GeneratedRegex(@"(?:\s(?:in\s+)?|/|（)(?<unit>mm|cm|inch(?:es)?|in|"")\s*）?$|(?<unit>"")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingUnit();
}
