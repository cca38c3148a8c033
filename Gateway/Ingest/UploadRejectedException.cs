namespace LaserGrains.Gateway.Ingest;

/// <summary>An upload the gateway refuses, with the HTTP status and a message for the client.</summary>
public sealed class UploadRejectedException : Exception
{
    public UploadRejectedException(int status, string title, string detail) : base(detail) => (Status, Title) = (status, title);

    public UploadRejectedException() : this(400, "Bad upload", "The upload could not be read.") { }

    public UploadRejectedException(string message) : this(400, "Bad upload", message) { }

    public UploadRejectedException(string message, Exception inner) : base(message, inner) => (Status, Title) = (400, "Bad upload");

    public int Status { get; }

    public string Title { get; }
}
