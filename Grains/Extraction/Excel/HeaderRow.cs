using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Common;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>A recognised header row: which column holds which field, and the thickness unit its header names.</summary>
internal sealed partial record HeaderRow(int Row, IReadOnlyDictionary<SheetColumn, int> Columns, string ThicknessUnit)
{
    /// <summary>The header row if <paramref name="cells"/> (column number → text) name a part or drawing column and one more.</summary>
    public static HeaderRow? TryMatch(int row, IEnumerable<KeyValuePair<int, string>> cells)
    {
        var columns = new Dictionary<SheetColumn, int>();
        var unit = "mm";
        var weakPart = false;
        foreach (var (column, text) in cells)
        {
            if (Classify(text) is not { } field) continue;
            // "Item" is often a line number beside a "Description": a later, better part column replaces it.
            var isItem = field == SheetColumn.Part && ItemHeader().IsMatch(text.Trim());
            if (columns.ContainsKey(field) && !(field == SheetColumn.Part && weakPart && !isItem)) continue;
            if (field == SheetColumn.Part) weakPart = isItem;
            columns[field] = column;
            if (field == SheetColumn.Thickness) unit = LengthText.UnitFromHeader(text) ?? "mm";
        }

        var identifies = columns.ContainsKey(SheetColumn.Part) || columns.ContainsKey(SheetColumn.Drawing);
        return identifies && columns.Count >= 2 ? new HeaderRow(row, columns, unit) : null;
    }

    private static SheetColumn? Classify(string header)
    {
        var h = header.Trim();
        if (h.Length is 0 or > 60) return null;
        if (Thickness().IsMatch(h)) return SheetColumn.Thickness;
        if (Quantity().IsMatch(h)) return SheetColumn.Quantity;
        if (Material().IsMatch(h)) return SheetColumn.Material;
        if (Drawing().IsMatch(h)) return SheetColumn.Drawing;
        if (Part().IsMatch(h)) return SheetColumn.Part;
        return null;
    }

    [GeneratedRegex(@"^(?:thk|thick(?:ness)?|gauge|sheet\s+thk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Thickness();

    [GeneratedRegex(@"^(?:qty|quantity|quant|no\.?\s*off|number\s+off|pcs|pieces|count)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?:material|matl|mat'?l|grade)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Material();

    [GeneratedRegex(@"^(?:drawing|dwg|file(?:\s*name)?|dxf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Drawing();

    [GeneratedRegex(@"^item\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemHeader();

    [GeneratedRegex(@"^(?:part|description|desc|item|component|name)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
