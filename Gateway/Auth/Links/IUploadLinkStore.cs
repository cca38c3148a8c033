namespace LaserGrains.Gateway.Auth.Links;

/// <summary>The one owner of tables lg_upload_links and lg_upload_link_files.</summary>
public interface IUploadLinkStore
{
    /// <summary>Stores a new link and returns it with its token, which exists nowhere else afterwards.</summary>
    Task<(UploadLink Link, string Token)> CreateAsync(UploadLinkDraft draft, string createdBy, CancellationToken cancellationToken);

    Task<IReadOnlyList<UploadLink>> ListAsync(CancellationToken cancellationToken);

    Task<UploadLink?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>The link with this token hash when it is neither revoked nor expired at <paramref name="now"/>.</summary>
    Task<UploadLink?> FindActiveAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> RevokeAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Reserves <paramref name="files"/> more files on an active link, atomically; false when that breaks its limit or it is no longer active.</summary>
    Task<bool> ReserveAsync(long id, int files, DateTimeOffset now, CancellationToken cancellationToken);

    Task RecordFileAsync(long id, long ingestId, CancellationToken cancellationToken);

    /// <summary>The ingest ids uploaded through the link, oldest first (the first 1000).</summary>
    Task<IReadOnlyList<long>> FilesAsync(long id, CancellationToken cancellationToken);
}
