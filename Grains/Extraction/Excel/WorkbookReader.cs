using System.Globalization;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Excel.Grid;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads the sheets of any workbook (.xlsx, .xls, .csv) into parts, job facts, text and warnings.</summary>
internal static class WorkbookReader
{
    /// <summary>A single part read from a sheet's own line is as sure as a labelled title-block field.</summary>
    private const double SinglePartConfidence = 0.8;

    public static ExtractionResult Read(FileKind kind, IEnumerable<ISheetGrid> sheets, MaterialCatalog catalog, CancellationToken cancellationToken)
    {
        var facts = FileMetadata.Empty;
        var parts = new List<JobSheetPart>();
        var text = new BoundedText();
        var properties = new Dictionary<string, string>();
        var count = 0;
        var materials = new MaterialCells(catalog);
        foreach (var sheet in sheets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count++;
            facts = SheetScanner.Scan(sheet, facts, parts, text, properties, materials, cancellationToken);
        }

        properties["sheets"] = count.ToString(CultureInfo.InvariantCulture);
        properties["parts"] = parts.Count.ToString(CultureInfo.InvariantCulture);
        var warnings = new List<string>();
        if (parts.Count == 0) warnings.Add("No part list was found (no header row naming a part, part number or drawing column and a quantity, material, thickness or length column).");
        if (parts.Any(p => p.Unknowns is { Count: > 0 })) warnings.Add("Some formula results could not be computed; those fields are reported as unknown.");
        if (text.Truncated) warnings.Add("The sheet text was cut short at the length limit.");
        if (parts.Count == 1) facts = WithSinglePart(facts, parts[0]);

        return new ExtractionResult
        {
            Kind = kind, Facts = facts, Parts = parts, Text = text.ToStringOrNull(),
            Properties = properties, Warnings = warnings,
        };
    }

    private static FileMetadata WithSinglePart(FileMetadata facts, JobSheetPart part)
    {
        MetadataField<string>? T(string? v) => ContentFacts.TextOrNull(v, SinglePartConfidence);
        var known = part.MaterialCode is not null;
        return facts with
        {
            PartName = T(part.PartName),
            Material = ContentFacts.TextOrNull(part.Material, known ? SinglePartConfidence : MaterialFacts.UnknownConfidence),
            MaterialCode = T(part.MaterialCode),
            Grade = T(part.Grade),
            Finish = T(part.Finish),
            MaterialText = T(part.MaterialText),
            ThicknessMm = ContentFacts.FieldOrNull(part.ThicknessMm, SinglePartConfidence),
            Quantity = ContentFacts.FieldOrNull(part.Quantity, SinglePartConfidence),
            DrawingNumber = T(part.Drawing),
        };
    }
}
