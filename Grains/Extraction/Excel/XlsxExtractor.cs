using System.Globalization;
using ClosedXML.Excel;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads job sheets (.xlsx): part lines with material, thickness, quantity and drawing, and job-level labels.</summary>
public sealed class XlsxExtractor : IFileExtractor
{
    /// <summary>A single part read from a sheet's own line is as sure as a labelled title-block field.</summary>
    private const double SinglePartConfidence = 0.8;

    public string Name => "xlsx";

    public string Version => "1";

    public bool CanExtract(FileKind kind) => kind == FileKind.Xlsx;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputBuffer.ReadAll(content, context.Limits, cancellationToken);
        var entries = ZipBombGuard.Check(bytes, cancellationToken);
        if (!entries.Contains("xl/workbook.xml"))
        {
            throw new ExtractionFailedException("invalid_file", "The zip file is not an Excel workbook (it has no xl/workbook.xml).");
        }

        try
        {
            using var workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
            return Read(workbook, context.Limits, cancellationToken);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException))
        {
            throw new ExtractionFailedException("invalid_file", "The workbook could not be read: it is damaged or uses a feature the sheet reader does not support.", ex);
        }
    }

    private static ExtractionResult Read(XLWorkbook workbook, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var facts = FileMetadata.Empty;
        var parts = new List<JobSheetPart>();
        var text = new BoundedText();
        var properties = new Dictionary<string, string>();
        var sheets = 0;
        foreach (var sheet in workbook.Worksheets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sheets++;
            facts = SheetScanner.Scan(sheet, facts, parts, text, properties, limits.MaxEntities, cancellationToken);
        }

        properties["sheets"] = sheets.ToString(CultureInfo.InvariantCulture);
        properties["parts"] = parts.Count.ToString(CultureInfo.InvariantCulture);
        var warnings = new List<string>();
        if (parts.Count == 0) warnings.Add("No part list was found (no header row with part/drawing and material/thickness/quantity columns).");
        if (parts.Any(p => p.Unknowns is { Count: > 0 })) warnings.Add("Some formula results could not be computed; those fields are reported as unknown.");
        if (text.Truncated) warnings.Add("The sheet text was cut short at the length limit.");
        if (parts.Count == 1) facts = WithSinglePart(facts, parts[0]);

        return new ExtractionResult
        {
            Kind = FileKind.Xlsx, Facts = facts, Parts = parts, Text = text.ToStringOrNull(),
            Properties = properties, Warnings = warnings,
        };
    }

    private static FileMetadata WithSinglePart(FileMetadata facts, JobSheetPart part) => facts with
    {
        PartName = ContentFacts.TextOrNull(part.PartName, SinglePartConfidence),
        Material = ContentFacts.TextOrNull(part.Material, SinglePartConfidence),
        ThicknessMm = ContentFacts.FieldOrNull(part.ThicknessMm, SinglePartConfidence),
        Quantity = ContentFacts.FieldOrNull(part.Quantity, SinglePartConfidence),
        DrawingNumber = ContentFacts.TextOrNull(part.Drawing, SinglePartConfidence),
    };
}
