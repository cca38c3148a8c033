using System.Globalization;
using System.Text;
using ExcelDataReader;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Excel.Grid;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads legacy Excel 97–2003 workbooks (.xls) with ExcelDataReader, then the same part lists as .xlsx.</summary>
public sealed class XlsExtractor : IFileExtractor
{
    static XlsExtractor()
    {
        // BIFF files name their code page (1252, 936 …); .NET ships those encodings but only registers them on request.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public string Name => "xls";

    public string Version => "1";

    public bool CanExtract(FileKind kind) => kind == FileKind.Xls;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputBuffer.ReadAll(content, context.Limits, cancellationToken);
        List<ISheetGrid> sheets;
        try
        {
            sheets = ReadSheets(bytes, context.Limits.MaxEntities, cancellationToken);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException))
        {
            throw new ExtractionFailedException("invalid_file", $"The .xls workbook could not be read: {ex.Message}", ex);
        }

        return WorkbookReader.Read(FileKind.Xls, sheets, context.Materials, cancellationToken);
    }

    private static List<ISheetGrid> ReadSheets(byte[] bytes, int maxRows, CancellationToken cancellationToken)
    {
        using var reader = ExcelReaderFactory.CreateBinaryReader(new MemoryStream(bytes, writable: false));
        var sheets = new List<ISheetGrid>();
        var total = 0;
        do
        {
            var rows = new List<string?[]>();
            while (total < maxRows && reader.Read())
            {
                if (++total % 256 == 0) cancellationToken.ThrowIfCancellationRequested();
                var row = new string?[Math.Min(reader.FieldCount, SheetScanner.MaxColumns)];
                for (var i = 0; i < row.Length; i++) row[i] = Text(reader.GetValue(i));
                rows.Add(row);
            }

            sheets.Add(new ArrayGrid(reader.Name ?? $"Sheet{sheets.Count + 1}", rows, SheetScanner.MaxColumns));
        }
        while (total < maxRows && reader.NextResult());

        return sheets;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
