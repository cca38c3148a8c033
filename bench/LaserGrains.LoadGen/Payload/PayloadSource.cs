namespace LaserGrains.LoadGen.Payload;

/// <summary>The file the run uploads: its name and template bytes, varied per request by a shared counter.</summary>
public sealed class PayloadSource(string fileName, byte[] template, string runId)
{
    private long _counter;

    public string FileName { get; } = fileName;

    public int TemplateBytes => template.Length;

    public byte[] Next() => DxfVariation.Vary(template, runId, Interlocked.Increment(ref _counter));

    /// <summary>"circle" (built in), "panel" (the 6.6 KB corpus panel) or a path.</summary>
    public static PayloadSource Open(string which, string repoRoot, string runId) => which switch
    {
        "circle" => new(CircleDxf.FileName, CircleDxf.Bytes(), runId),
        "panel" => FromPath(Path.Combine(repoRoot, "tests", "corpus", "dxf", "mozman__ASCII_R12.dxf"), runId),
        _ => FromPath(which, runId),
    };

    private static PayloadSource FromPath(string path, string runId) => new(Path.GetFileName(path), File.ReadAllBytes(path), runId);
}
