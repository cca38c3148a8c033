using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Rows a part list contains that are not parts: totals, and the start of a worked example or a pricing block.</summary>
internal static partial class RowMarkers
{
    /// <summary>"Total", "Sub-total", "Summe", "合计": a sum of the lines above.</summary>
    public static bool IsTotal(string text) => Total().IsMatch(text);

    /// <summary>
    /// A row titled "Example:", "Worked example", "Pricing", "Price list", "Beispiel", "示例": what follows is not an order.
    /// The title stands alone on its row or ends with a colon, so a part named "Example bracket" is still a part.
    /// </summary>
    public static bool StartsAside(IReadOnlyList<KeyValuePair<int, string>> cells)
    {
        if (cells.Count == 0 || cells.Count > 2) return false;
        var first = cells[0].Value.Trim();
        var m = Aside().Match(first);
        return m.Success && (cells.Count == 1 || first.EndsWith(':') || m.Length == first.Length);
    }

    [GeneratedRegex(@"^\s*(?:grand\s+|sub\s*-?\s*)?(?:total|totals|sum|subtotal|gesamt|gesamtsumme|summe|total\s+général|totale|suma|合计|总计|小计|合計|總計)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Total();

    [GeneratedRegex(@"^\s*(?:worked\s+|for\s+)?(?:example|examples|e\.g\.|pricing|price\s*list|prices|price\s+breaks?|quotation|beispiel|beispiele|preise|preisliste|exemple|exemples|tarif|tarifs|ejemplo|ejemplos|precios|esempio|esempi|prezzi|listino|示例|例子|样例|举例|价格|报价|價格)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aside();
}
