using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Excel.Grid;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Reads CSV cut lists and job sheets exported from a spreadsheet, as one sheet named after the file.</summary>
public sealed class CsvExtractor : IFileExtractor
{
    public string Name => "csv";

    public string Version => "1";

    public bool CanExtract(FileKind kind) => kind == FileKind.Csv;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputBuffer.ReadAll(content, context.Limits, cancellationToken);
        var name = Path.GetFileNameWithoutExtension(context.OriginalFilename) is { Length: > 0 } n ? n : "csv";
        var grid = CsvGrid.Read(name, bytes, context.Limits.MaxEntities, cancellationToken);
        return WorkbookReader.Read(FileKind.Csv, [grid], context.Materials, cancellationToken);
    }
}
