using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Excel.Grid;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Turns one row under a header into a part, or says it is not one (blank, zeros, a title, a total).</summary>
internal static class PartLine
{
    /// <summary>The part on <paramref name="row"/>, or null when the row holds no part.</summary>
    public static JobSheetPart? Read(ISheetGrid grid, HeaderRow header, int row, MaterialCells catalog)
    {
        var unknowns = new List<string>();
        string? Read(SheetColumn column)
        {
            if (!header.Columns.TryGetValue(column, out var c)) return null;
            var cell = grid.Cell(row, c);
            if (cell.Unknown) unknowns.Add(FieldName(column));
            // A 0 where a name should be is a spacer row's filler, not a name.
            return cell.Text is "0" or "-" or "—" or "/" ? null : cell.Text;
        }

        var name = Read(SheetColumn.Part);
        var number = Read(SheetColumn.PartNumber);
        var materialText = Read(SheetColumn.Material);
        var thicknessText = Read(SheetColumn.Thickness);
        var quantityText = Read(SheetColumn.Quantity);
        var drawing = Read(SheetColumn.Drawing);
        var lengthText = Read(SheetColumn.Length);
        var widthText = Read(SheetColumn.Width);

        var material = materialText is null ? FileMetadata.Empty : catalog.Read(materialText);
        if (header.MaterialMayNameParts && name is null && material.MaterialCode is null && materialText is not null)
        {
            name = materialText;
            material = FileMetadata.Empty;
        }

        var quantity = QuantityCell.Parse(quantityText);
        var length = LengthCell.Millimetres(lengthText, header.UnitOf(SheetColumn.Length));
        // "4 at 12 inches" in the quantity or length column carries both.
        var unit = header.UnitOf(SheetColumn.Length);
        if ((LengthCell.CountAt(quantityText, unit) ?? LengthCell.CountAt(lengthText, unit)) is { } at)
        {
            quantity ??= at.Count;
            length ??= at.LengthMm;
        }

        var thickness = thicknessText is null ? null : LengthText.ToMillimetres(thicknessText, header.UnitOf(SheetColumn.Thickness));
        // "3mm ply" in the material column says the thickness when no column does.
        thickness ??= materialText is null ? null : Thickness.FindAll(materialText).FirstOrDefault(t => t.Mm is not null)?.Mm;
        var width = LengthCell.Millimetres(widthText, header.UnitOf(SheetColumn.Width));

        var label = name ?? number;
        var hasValue = quantity is > 0 || length is > 0 || width is > 0 || thickness is not null || material != FileMetadata.Empty || drawing is not null;
        if (label is null && drawing is null && unknowns.Count == 0) return null;
        if (!hasValue && unknowns.Count == 0) return null;
        // Spacer rows between sections hold zeros in every number column.
        if (quantity == 0 && length is null or 0 && label is null) return null;

        return new JobSheetPart(
            grid.Name, row, label, material.Material?.Value, thickness, quantity is > 0 ? quantity : null, drawing,
            unknowns.Count == 0 ? null : unknowns)
        {
            MaterialCode = material.MaterialCode?.Value,
            Grade = material.Grade?.Value,
            Finish = material.Finish?.Value,
            MaterialText = material.MaterialText?.Value,
            PartNumber = number,
            LengthMm = length,
            WidthMm = width,
        };
    }

    private static string FieldName(SheetColumn column) => column switch
    {
        SheetColumn.Part => nameof(JobSheetPart.PartName),
        SheetColumn.PartNumber => nameof(JobSheetPart.PartNumber),
        SheetColumn.Material => nameof(JobSheetPart.Material),
        SheetColumn.Thickness => nameof(JobSheetPart.ThicknessMm),
        SheetColumn.Quantity => nameof(JobSheetPart.Quantity),
        SheetColumn.Length => nameof(JobSheetPart.LengthMm),
        SheetColumn.Width => nameof(JobSheetPart.WidthMm),
        _ => nameof(JobSheetPart.Drawing),
    };
}
