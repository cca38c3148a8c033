using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Files;

/// <summary>
/// Soft delete (restorable) and hard delete. A hard delete leaves a tombstone: the id, the flag, the event sequence and
/// the outbox, whose events still to be sent lose the file's data; queued deliveries are redacted, the catalog row
/// removed, and the bytes freed when no other catalog row uses them (else the blob collector frees them later).
/// </summary>
public sealed partial class FileGrain
{
    public async Task<FileRecord?> DeleteAsync(DeleteMode mode)
    {
        if (!S.Exists || S.HardDeleted) return null;
        if (mode == DeleteMode.Soft && S.Status == FileStatus.Deleted) return S.ToRecord();
        var now = time.GetUtcNow();
        if (S.Status != FileStatus.Deleted) S.StatusBeforeDelete = S.Status;
        await placement.UnplaceAsync(S, mode == DeleteMode.Hard ? VersionEntryState.Removed : VersionEntryState.Deleted);
        S.Status = FileStatus.Deleted;
        S.DeletedAt = S.UpdatedAt = now;
        var record = S.ToRecord();
        if (mode == DeleteMode.Soft)
        {
            Raise(FileEventTypes.Deleted, new Dictionary<string, object?> { ["hard_delete"] = false });
            await SaveAsync();
            SignalSettled(); // a deleted file is not processed any more: waiters stop waiting
            await FinishAsync();
            LogDeleted(logger, S.IngestId, false, false);
            return record;
        }

        var sha = S.Blob!.Sha256;
        // The tombstone keeps the outbox: drop from it first what the catalog row proves stored already.
        if (_loadedEffectsUnconfirmed) await ConfirmLoadedEffectsAsync();
        await processor.ForgetPartsAsync(S, CancellationToken.None); // the full part list of a large job sheet goes too
        BecomeTombstone(now);
        await SaveAsync();
        SignalSettled(); // anyone waiting on its processing stops waiting
        var bytesRemoved = S.ProjectedRevision == S.Revision && await RemoveUnreferencedBytesAsync(sha, now);
        await FinishAsync();
        LogDeleted(logger, S.IngestId, true, bytesRemoved);
        return record;
    }

    /// <summary>Replaces the state by what a hard-deleted file keeps; the file.deleted event names only the id and the original name.</summary>
    private void BecomeTombstone(DateTimeOffset now)
    {
        var old = S;
        state.State = new FileState
        {
            IngestId = old.IngestId,
            OriginalFilename = old.OriginalFilename,
            Status = FileStatus.Deleted,
            CreatedAt = old.CreatedAt,
            UpdatedAt = now,
            DeletedAt = now,
            HardDeleted = true,
            Revision = old.Revision,
            ProjectedRevision = old.ProjectedRevision,
            EventSequence = old.EventSequence,
            Outbox = [.. old.Outbox.Select(EventRedaction.Redact)],
            RedactDeliveries = true,
        };
        Raise(FileEventTypes.Deleted, new Dictionary<string, object?> { ["hard_delete"] = true });
        // The seed's contract needs file_data.original_filename in the event; nothing else of the file is kept.
        S.OriginalFilename = "";
    }

    // Content addressing shares bytes between versions, projects and duplicates: only the last reference frees them.
    // An upload of the same bytes since the delete began refreshed them, and they stay.
    private async Task<bool> RemoveUnreferencedBytesAsync(string sha, DateTimeOffset deleteStarted)
    {
        try
        {
            if (await catalog.ReferencesAsync(sha, CancellationToken.None) > 0) return false;
            return await Task.Run(() => blobs.CollectIfOlder(sha, deleteStarted));
        }
#pragma warning disable CA1031 // The file is deleted either way; unreferenced bytes left here are the blob collector's.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogBytesNotRemoved(logger, ex, S.IngestId);
            return false;
        }
    }
}
