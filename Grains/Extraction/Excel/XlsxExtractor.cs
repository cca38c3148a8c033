using ClosedXML.Excel;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Excel.Grid;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads job sheets, cut lists and BOMs (.xlsx): part lines with material, thickness, quantity, length and drawing, and job-level labels.</summary>
public sealed class XlsxExtractor : IFileExtractor
{
    public string Name => "xlsx";

    public string Version => "2";

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
            var sheets = workbook.Worksheets.Select(s => new XlsxGrid(s, context.Limits.MaxEntities, SheetScanner.MaxColumns));
            return WorkbookReader.Read(FileKind.Xlsx, sheets, context.Materials, cancellationToken);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException))
        {
            throw new ExtractionFailedException("invalid_file", "The workbook could not be read: it is damaged or uses a feature the sheet reader does not support.", ex);
        }
    }
}
