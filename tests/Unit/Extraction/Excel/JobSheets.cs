using ClosedXML.Excel;

namespace LaserGrains.Tests.Unit.Extraction.Excel;

/// <summary>Job-sheet workbooks laid out the way shops send them, written with ClosedXML.</summary>
public static class JobSheets
{
    /// <summary>Title, labelled job fields, a header on row 6, three parts (one quantity a formula), a blank row, then notes.</summary>
    public static byte[] Typical(Action<IXLWorksheet>? change = null) => Save(workbook =>
    {
        var s = workbook.AddWorksheet("Job Sheet");
        s.Cell("A1").Value = "Bright Metals Ltd - Laser cutting order";
        s.Cell("A2").Value = "Client:";
        s.Cell("B2").Value = "CL0042";
        s.Cell("A3").Value = "Job No";
        s.Cell("B3").Value = "JB-2025-10-CL0042-007";
        s.Cell("D2").Value = "Customer";
        s.Cell("E2").Value = "Bright Metals Ltd";
        Row(s, 6, "Item", "Description", "Material", "Thickness (mm)", "Qty", "Drawing");
        Row(s, 7, 1, "Base plate", "Mild Steel", 5, 10, "BP-100.dxf");
        Row(s, 8, 2, "Gusset", "Mild Steel", "5mm", 20, "GU-200.dxf");
        Row(s, 9, 3, "Cover", "Aluminium", 1.5, null, "CV-300.dxf");
        s.Cell("E9").FormulaA1 = "E7*2";
        s.Cell("A11").Value = "Notes: deburr all edges";
        change?.Invoke(s);
    });

    public static byte[] Save(Action<XLWorkbook> fill)
    {
        using var workbook = new XLWorkbook();
        fill(workbook);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    public static void Row(IXLWorksheet sheet, int row, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v) sheet.Cell(row, i + 1).Value = v;
        }
    }
}
