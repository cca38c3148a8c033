using System.Globalization;
using ClosedXML.Excel;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads part lines below a header row until the first blank line.</summary>
internal static class PartRowReader
{
    public static IEnumerable<JobSheetPart> Read(IXLWorksheet sheet, HeaderRow header, int lastRow, CancellationToken cancellationToken)
    {
        for (var row = header.Row + 1; row <= lastRow; row++)
        {
            if (row % 256 == 0) cancellationToken.ThrowIfCancellationRequested();
            var unknowns = new List<string>();
            string? Read(SheetColumn column)
            {
                if (!header.Columns.TryGetValue(column, out var c)) return null;
                var text = CellReading.Text(sheet.Cell(row, c), out var unknown);
                if (unknown) unknowns.Add(FieldName(column));
                return text;
            }

            var part = Read(SheetColumn.Part);
            var material = Read(SheetColumn.Material);
            var thickness = Read(SheetColumn.Thickness);
            var quantity = Read(SheetColumn.Quantity);
            var drawing = Read(SheetColumn.Drawing);
            if (part is null && material is null && thickness is null && quantity is null && drawing is null && unknowns.Count == 0)
            {
                yield break;
            }

            yield return new JobSheetPart(
                sheet.Name, row, part, material,
                thickness is null ? null : LengthText.ToMillimetres(thickness, header.ThicknessUnit),
                Quantity(quantity), drawing, unknowns.Count == 0 ? null : unknowns);
        }
    }

    private static int? Quantity(string? text)
    {
        if (text is null) return null;
        var token = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var q)
            && q >= 1 && q <= int.MaxValue && Math.Abs(q - Math.Round(q)) < 1e-9
            ? (int)Math.Round(q)
            : null;
    }

    private static string FieldName(SheetColumn column) => column switch
    {
        SheetColumn.Part => nameof(JobSheetPart.PartName),
        SheetColumn.Material => nameof(JobSheetPart.Material),
        SheetColumn.Thickness => nameof(JobSheetPart.ThicknessMm),
        SheetColumn.Quantity => nameof(JobSheetPart.Quantity),
        _ => nameof(JobSheetPart.Drawing),
    };
}
