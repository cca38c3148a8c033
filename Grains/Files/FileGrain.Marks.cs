namespace LaserGrains.Grains.Files;

/// <summary>
/// Reading a stored state whose record of done effects may lag: the outbox trimming and ProjectedRevision are written
/// lazily (FileGrain.Settling), so a state loaded from storage may list events already stored by every dispatcher.
/// Publishing them again would only repeat them to existing subscriptions (ids dedupe) but would hand them to a
/// subscription created since, so before anything is published the catalog row is asked: at the loaded revision
/// (written only after that revision's outbox was out) it proves the listed events and the row done.
/// </summary>
public sealed partial class FileGrain
{
    private bool _loadedEffectsUnconfirmed;
    private long _loadedRevision;
    private long _loadedSequence;

    /// <summary>Called whenever the state comes from storage.</summary>
    private void NoteLoadedEffects()
    {
        // States stored before the row-after-outbox order, and tombstones (no row), wrote their record eagerly.
        _loadedEffectsUnconfirmed = S.CatalogAfterOutbox && !S.HardDeleted && HasPendingEffects;
        _loadedRevision = S.Revision;
        _loadedSequence = S.EventSequence;
    }

    /// <summary>False when the catalog could not be asked: then nothing is settled now, and the retry comes back.</summary>
    private async Task<bool> ConfirmLoadedEffectsAsync()
    {
        long? row;
        try
        {
            row = await catalog.RevisionAsync(S.IngestId, CancellationToken.None);
        }
#pragma warning disable CA1031 // Unconfirmed effects stay pending; the retry timer or reminder asks again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogCatalogFailed(logger, ex, S.IngestId);
            return false;
        }

        _loadedEffectsUnconfirmed = false;
        if (row >= _loadedRevision)
        {
            S.Outbox.RemoveAll(e => e.Sequence <= _loadedSequence);
            if (S.ProjectedRevision < _loadedRevision) S.ProjectedRevision = _loadedRevision;
        }

        return true;
    }
}
