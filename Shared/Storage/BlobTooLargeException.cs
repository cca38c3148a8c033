namespace LaserGrains.Shared.Storage;

/// <summary>An upload went past the configured size limit; nothing of it was kept.</summary>
public sealed class BlobTooLargeException : Exception
{
    public BlobTooLargeException(long limit)
        : base($"The file is larger than the limit of {limit} bytes.") => Limit = limit;

    public BlobTooLargeException() : this(0) { }

    public BlobTooLargeException(string message) : base(message) { }

    public BlobTooLargeException(string message, Exception inner) : base(message, inner) { }

    public long Limit { get; }
}
