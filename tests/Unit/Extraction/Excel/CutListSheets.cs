using ClosedXML.Excel;

namespace LaserGrains.Tests.Unit.Extraction.Excel;

/// <summary>Cut lists and BOMs in the shapes customers send them, written with ClosedXML.</summary>
public static class CutListSheets
{
    /// <summary>Profile cut list: model codes, a length column, sections titled by job codes, all-zero rows, a second quantity column, a total.</summary>
    public static void Profiles(IXLWorksheet s, string firstJob = "JB-4411")
    {
        JobSheets.Row(s, 1, "PROFILE CUT LIST");
        JobSheets.Row(s, 2, "Prepared by", "Workshop");
        JobSheets.Row(s, 4, "Model", "Length (mm)", "Qty", "Qty", "Remarks");
        JobSheets.Row(s, 5, firstJob);
        JobSheets.Row(s, 6, "RHS-40x40x3", 1200, 4, 1, "mitre 45");
        JobSheets.Row(s, 7, "RHS-40x40x3", 860, 2, 1);
        JobSheets.Row(s, 8, 0, 0, 0, 0);
        JobSheets.Row(s, 9, 0, 0, 0, 0);
        JobSheets.Row(s, 10, "JB-4412");
        JobSheets.Row(s, 11, "FL-50x6", 300, 12, 3);
        JobSheets.Row(s, 13, "Total", null, 18);
    }

    /// <summary>Inch cut list: notes above a late header, "n at x inches" strings and length ranges, a worked example at the end.</summary>
    public static void Inches(IXLWorksheet s)
    {
        JobSheets.Row(s, 1, "Cut list for shelving unit");
        JobSheets.Row(s, 2, "All sizes in inches unless noted");
        JobSheets.Row(s, 4, "Part", "Cuts", "Length (in)");
        JobSheets.Row(s, 5, "Upright", "4 at 72 inches", null);
        JobSheets.Row(s, 6, "Shelf rail", "8", "34-36");
        JobSheets.Row(s, 7, "Brace", "2 pcs", "22 1/2\"");
        JobSheets.Row(s, 9, "Worked example:");
        JobSheets.Row(s, 10, "Upright", "1 at 10 inches", null);
        JobSheets.Row(s, 11, "Rail", "3", "12");
    }

    /// <summary>Chinese BOM: the column headed 材料 ("material") holds the item names, 材质 the real material.</summary>
    public static void ChineseBom(IXLWorksheet s)
    {
        JobSheets.Row(s, 1, "物料清单");
        JobSheets.Row(s, 3, "序号", "材料", "规格", "材质", "厚度(mm)", "数量");
        JobSheets.Row(s, 4, 1, "安装底板", "300x200", "Q235", 6, "4件");
        JobSheets.Row(s, 5, 2, "侧板", "150x80", "304", 2, 2);
        JobSheets.Row(s, 6, "合计", null, null, null, null, 6);
    }

    /// <summary>A shop job sheet: part number beside the description, raw materials, then a pricing block.</summary>
    public static void JobSheetWithPricing(IXLWorksheet s)
    {
        JobSheets.Row(s, 1, "JOB SHEET");
        JobSheets.Row(s, 2, "Client:", "CL0042");
        JobSheets.Row(s, 4, "Part number", "Description", "Material", "Thickness", "Quantity", "Drawing");
        JobSheets.Row(s, 5, "P-001", "Base plate", "304 S/S", "3mm", "4 off", "P-001.dxf");
        JobSheets.Row(s, 6, "P-002", "Side cheek", "Ali 5083", 5, "x2", "P-002.dxf");
        JobSheets.Row(s, 7, "P-003", "Lid", "MS", "2", "6 pcs", "P-003.dxf");
        JobSheets.Row(s, 8, "P-004", "Gasket", "Valchromat", "8", "1", "P-004.dxf");
        JobSheets.Row(s, 10, "Pricing");
        JobSheets.Row(s, 11, "Part number", "Description", "Material", "Thickness", "Quantity", "Drawing");
        JobSheets.Row(s, 12, "P-001", "Laser time", "MS", 3, 1, "-");
    }

    /// <summary>German sheet: "Pos" line numbers, Benennung, Werkstoff, Dicke, Menge with "Stk".</summary>
    public static void German(IXLWorksheet s)
    {
        JobSheets.Row(s, 1, "Pos", "Benennung", "Werkstoff", "Dicke in mm", "Menge", "Länge", "Breite");
        JobSheets.Row(s, 2, 1, "Winkel", "S355J2", 4, "6 Stk", 120, 80);
        JobSheets.Row(s, 3, 2, "Deckel", "1.4301 geschliffen", 1.5, "2", 400, 300);
    }
}
