using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Files;

/// <summary>The file grain's library operations: re-extraction, manual correction, deletion, restore, versions.</summary>
public sealed partial class FileGrain
{
    private const int MaxHistory = 50;

    public async Task<FileRecord?> ReExtractAsync()
    {
        if (!Live) return null;
        EnsureSettled("re-extracted");
        var before = S.Metadata;
        var previousName = S.StoredFilename;
        var previousKind = S.Kind;
        var previousStatus = S.Status;
        await processor.ExtractAsync(S, options.Value, CancellationToken.None);
        S.ProcessedAt = S.UpdatedAt = time.GetUtcNow();
        var run = RecordRun("re-extract", before, previousKind, previousStatus);
        if (S.Status == FileStatus.Completed) await placement.PlaceAsync(S, S.UpdatedAt);
        else await placement.UnplaceAsync(S, VersionEntryState.Removed);
        Raise(FileEventTypes.ReExtracted, Changes("re-extract", run.ChangedFields, previousName));
        await SaveAsync();
        return S.ToRecord();
    }

    public async Task<FileRecord?> CorrectAsync(MetadataPatch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (!Live) return null;
        EnsureSettled("corrected");
        var before = S.Metadata;
        var previousName = S.StoredFilename;
        processor.Correct(S, patch);
        S.UpdatedAt = time.GetUtcNow();
        await placement.PlaceAsync(S, S.UpdatedAt);
        // The seed has no correction event; subscribers update records on file.re_extracted, so a correction uses it too.
        Raise(FileEventTypes.ReExtracted, Changes("manual_correction", MetadataDiff.Changed(before, S.Metadata), previousName));
        await SaveAsync();
        return S.ToRecord();
    }

    public async Task<FileRecord?> DeleteAsync(DeleteMode mode)
    {
        if (!S.Exists || S.HardDeleted) return null;
        if (mode == DeleteMode.Soft && S.Status == FileStatus.Deleted) return S.ToRecord();
        var now = time.GetUtcNow();
        if (S.Status != FileStatus.Deleted) S.StatusBeforeDelete = S.Status;
        await placement.UnplaceAsync(S, mode == DeleteMode.Hard ? VersionEntryState.Removed : VersionEntryState.Deleted);
        S.Status = FileStatus.Deleted;
        S.DeletedAt = S.UpdatedAt = now;
        Raise(FileEventTypes.Deleted, new Dictionary<string, object?> { ["hard_delete"] = mode == DeleteMode.Hard });
        var record = S.ToRecord();
        S.HardDeleted = mode == DeleteMode.Hard;
        if (S.HardDeleted) await processor.ForgetPartsAsync(S, CancellationToken.None);
        await SaveAsync();
        var bytesRemoved = S.HardDeleted && await RemoveUnreferencedBytesAsync();
        LogDeleted(logger, S.IngestId, S.HardDeleted, bytesRemoved);
        return record;
    }

    public async Task<FileRecord?> RestoreAsync()
    {
        if (!Live) return null;
        if (S.Status != FileStatus.Deleted) return S.ToRecord();
        S.Status = S.StatusBeforeDelete;
        S.DeletedAt = null;
        S.UpdatedAt = time.GetUtcNow();
        await placement.PlaceAsync(S, S.UpdatedAt);
        // Subscribers soft-deleted the record; file.processed makes them upsert it again.
        if (S.Status is FileStatus.Completed or FileStatus.Failed)
        {
            Raise(S.Status == FileStatus.Completed ? FileEventTypes.Processed : FileEventTypes.Failed,
                new Dictionary<string, object?> { ["restored"] = true });
        }

        await SaveAsync();
        return S.ToRecord();
    }

    public async Task<IReadOnlyList<VersionEntry>> GetVersionsAsync() =>
        Live ? await placement.VersionsAsync(S) : [];

    private bool Live => S.Exists && !S.HardDeleted;

    private void EnsureSettled(string what)
    {
        if (S.Status == FileStatus.Deleted) throw new InvalidOperationException($"File {S.IngestId} is deleted; restore it before it can be {what}.");
        if (S.Status is FileStatus.Received or FileStatus.Processing) throw new InvalidOperationException($"File {S.IngestId} is still being processed; it can be {what} once that has finished.");
    }

    private ExtractionRun RecordRun(string trigger, FileMetadata before, FileKind? previousKind = null, FileStatus? previousStatus = null)
    {
        var changed = MetadataDiff.Changed(before, S.Metadata).ToList();
        if (previousKind is { } k && k != S.Kind) changed.Insert(0, "kind");
        if (previousStatus is { } st && st != S.Status) changed.Insert(0, "status");
        var run = new ExtractionRun(time.GetUtcNow(), S.Extractor, S.ExtractorVersion, S.Status, changed, trigger);
        S.ExtractionHistory.Add(run);
        if (S.ExtractionHistory.Count > MaxHistory) S.ExtractionHistory.RemoveAt(0); // the first runs matter least once many followed
        return run;
    }

    private Dictionary<string, object?> Changes(string trigger, IReadOnlyList<string> changed, string? previousName) => new()
    {
        ["trigger"] = trigger,
        ["changed_fields"] = changed,
        ["previous_stored_filename"] = previousName,
        ["renamed"] = previousName != S.StoredFilename,
    };

    // Content addressing shares bytes between versions, projects and duplicates: only the last reference frees them.
    private async Task<bool> RemoveUnreferencedBytesAsync()
    {
        var sha = S.Blob!.Sha256;
        if (await catalog.ReferencesAsync(sha, CancellationToken.None) > 0) return false;
        await blobs.DeleteAsync(sha, CancellationToken.None);
        return true;
    }

    private async Task PlaceOrRetryAsync()
    {
        try
        {
            await placement.PlaceAsync(S, S.UpdatedAt);
        }
        catch
        {
            // Not saved as completed: the resume reminder runs processing again and retries the placement.
            S.Status = FileStatus.Processing;
            throw;
        }
    }
}
