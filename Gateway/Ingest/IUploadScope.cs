using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Gateway.Ingest;

/// <summary>Limits and a fixed destination for an upload made by someone other than staff (a customer's upload link).</summary>
public interface IUploadScope
{
    /// <summary>A lower per-file size limit than the gateway's, or null.</summary>
    long? MaxFileBytes { get; }

    /// <summary>The hints to use instead of what the uploader typed (the project is fixed).</summary>
    UploadHints Apply(UploadHints typed);

    /// <summary>Claims room for <paramref name="files"/> more files or throws an <see cref="UploadRejectedException"/>.</summary>
    Task ReserveAsync(int files, CancellationToken cancellationToken);

    /// <summary>Remembers a file's id before its grain gets it, so the uploader can follow it.</summary>
    Task RecordAsync(long ingestId, CancellationToken cancellationToken);
}
