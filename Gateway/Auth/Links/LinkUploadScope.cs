using LaserGrains.Gateway.Ingest;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Gateway.Auth.Links;

/// <summary>An upload through a link: into the link's project, within its size and file-count limits, each file recorded.</summary>
public sealed class LinkUploadScope(UploadLink link, IUploadLinkStore store, TimeProvider time) : IUploadScope
{
    public long? MaxFileBytes => link.MaxFileBytes;

    // The customer may describe the part; where it is filed is the link's decision.
    public UploadHints Apply(UploadHints typed) =>
        (typed ?? UploadHints.None) with { ClientCode = link.ClientCode, ProjectCode = link.ProjectCode };

    public async Task ReserveAsync(int files, CancellationToken cancellationToken)
    {
        if (!await store.ReserveAsync(link.Id, files, time.GetUtcNow(), cancellationToken))
        {
            throw new UploadRejectedException(
                StatusCodes.Status403Forbidden, "Upload link used up",
                $"This upload link takes at most {link.MaxFiles} files, or it expired or was revoked.");
        }
    }

    public Task RecordAsync(long ingestId, CancellationToken cancellationToken) => store.RecordFileAsync(link.Id, ingestId, cancellationToken);
}
