using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction;

/// <summary>The sentences a person reads as failure_reason; failure_code stays the machine-readable part.</summary>
public static class FailureReasons
{
    /// <summary>The sentence for a failure that brought no sentence of its own (or brought an unusable one).</summary>
    public static string For(string code, FileKind kind) => code switch
    {
        "unsupported_kind" => "The file's content is not a kind LaserGrains reads (DXF, PDF, XLSX, LightBurn, SVG or an image).",
        "encrypted" => $"The {KindText(kind)} file is password-protected; upload an unprotected copy.",
        "limit_exceeded" => $"The {KindText(kind)} file is larger or more complex than LaserGrains reads.",
        "timeout" => $"Reading the {KindText(kind)} file took too long.",
        "processing_aborted" => "Processing stopped several times before finishing; the file is set aside for a person to look at.",
        _ => Unreadable(kind),
    };

    public static string Unreadable(FileKind kind) =>
        $"The {KindText(kind)} file could not be read: it is damaged, cut short or not what its name says.";

    public static string Timeout(TimeSpan limit) =>
        $"Reading the file took longer than {limit.TotalSeconds:0} s (LG_EXTRACTION_TIMEOUT_SECONDS).";

    /// <summary>
    /// The reason to store: an extractor's own sentence when it reads as one (ends with a full stop, one line, not
    /// too long), else the sentence for its code, so no stack frame or library message ever reaches a person.
    /// </summary>
    public static string Choose(string code, FileKind kind, string? sentence) =>
        sentence is { Length: > 0 and <= 300 } s && s.TrimEnd().EndsWith('.') && !s.Contains('\n', StringComparison.Ordinal)
            && !s.Contains("   at ", StringComparison.Ordinal) && !s.Contains("Exception", StringComparison.Ordinal)
            ? s.Trim() : For(code, kind);

    /// <summary>The kind as a person calls it: DXF, PDF, Excel, LightBurn, SVG, PNG, …</summary>
    public static string KindText(FileKind kind) => kind switch
    {
        FileKind.DxfAscii or FileKind.DxfBinary => "DXF",
        FileKind.Xlsx or FileKind.Xls => "Excel",
        FileKind.LightBurn => "LightBurn",
        FileKind.Unknown => "uploaded",
        FileKind.WebP => "WebP",
        var k => k.ToString().ToUpperInvariant(),
    };
}
