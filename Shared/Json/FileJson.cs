using System.Text.Json.Serialization;
using System.Text.Json;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Shared.Json;

/// <summary>The one JSON shape of a file record, shared by the API, the catalog and webhook payloads.</summary>
public static class FileJson
{
    /// <summary>snake_case names, enums as snake_case strings, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static FileRecordJson ToJson(FileRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var m = r.Metadata;
        return new FileRecordJson
        {
            IngestId = r.IngestId,
            OriginalFilename = r.OriginalFilename,
            StoredFilename = r.StoredFilename,
            FilePath = r.FilePath,
            FileType = TypeName(r.Kind),
            Kind = KindName(r.Kind),
            FileSize = r.FileSize,
            Sha256 = r.Sha256,
            Status = StatusName(r.Status),
            FailureReason = r.FailureReason,
            ConfidenceScore = r.ConfidenceScore,
            ClientCode = m.ClientCode?.Value,
            ProjectCode = m.ProjectCode?.Value,
            PartName = m.PartName?.Value,
            Material = m.Material?.Value,
            MaterialCode = m.MaterialCode?.Value,
            ThicknessMm = m.ThicknessMm?.Value,
            Quantity = m.Quantity?.Value,
            Version = r.Version,
            CreatedAt = r.CreatedAt,
            ProcessedAt = r.ProcessedAt,
            UpdatedAt = r.UpdatedAt,
            TraceId = r.TraceId,
            Metadata = m,
            Geometry = r.Geometry,
            Defects = r.Defects,
            Parts = r.Parts,
            PartsTotal = r.PartsTotal > 0 ? r.PartsTotal : null,
            PartsTruncated = r.PartsTotal > r.Parts.Count ? true : null,
            Warnings = r.Warnings,
            CutEstimate = r.CutEstimate,
            Properties = r.Properties,
            DuplicateOf = r.DuplicateOf,
            Lineage = r.LineageKey,
            DeletedAt = r.DeletedAt,
            ExtractionHistory = r.ExtractionHistory,
        };
    }

    /// <summary>The seed's coarse file_type: dxf, pdf, excel, lightburn, image, svg.</summary>
    public static string TypeName(FileKind kind) => kind switch
    {
        FileKind.DxfAscii or FileKind.DxfBinary => "dxf",
        FileKind.Pdf => "pdf",
        FileKind.Xlsx or FileKind.Xls or FileKind.Csv => "excel",
        FileKind.LightBurn => "lightburn",
        FileKind.Svg => "svg",
        FileKind.Png or FileKind.Jpeg or FileKind.Bmp or FileKind.Gif or FileKind.Tiff or FileKind.WebP => "image",
        FileKind.Zip => "zip",
        _ => "unknown",
    };

    public static string KindName(FileKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static string StatusName(FileStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
