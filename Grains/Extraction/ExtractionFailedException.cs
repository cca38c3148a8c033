namespace LaserGrains.Grains.Extraction;

/// <summary>The input cannot be read; the message is shown to users as the failure reason.</summary>
public sealed class ExtractionFailedException : Exception
{
    public ExtractionFailedException(string code, string message)
        : base(message) => Code = code;

    public ExtractionFailedException(string code, string message, Exception inner)
        : base(message, inner) => Code = code;

    public ExtractionFailedException() : this("invalid_file", "The file could not be read.") { }

    public ExtractionFailedException(string message) : this("invalid_file", message) { }

    public ExtractionFailedException(string message, Exception inner) : this("invalid_file", message, inner) { }

    /// <summary>A stable machine-readable reason, e.g. "unsupported_kind", "encrypted", "limit_exceeded".</summary>
    public string Code { get; }
}
