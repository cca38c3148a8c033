using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Files;

/// <summary>The file grain's library operations: re-extraction, manual correction, restore, versions.</summary>
public sealed partial class FileGrain
{
    private const int MaxHistory = 50;

    public async Task<FileRecord?> ReExtractAsync()
    {
        if (!Live) return null;
        if (S.ReExtractRequested) return S.ToRecord(); // already accepted and about to run
        EnsureSettled("re-extracted");
        await EnsureReminderAsync();
        S.ReExtractRequested = true;
        await WriteAsync(); // accepted: survives a crash, the reminder runs it then
        StartWork();
        return S.ToRecord();
    }

    public async Task<FileRecord?> CorrectAsync(MetadataPatch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (!Live) return null;
        EnsureSettled("corrected");
        var before = S.Metadata;
        var manualBefore = S.ManualFacts;
        var previousName = S.StoredFilename;
        processor.Correct(S, patch);
        // Values equal to the current ones: nothing to write, no event (records compare by value).
        if (S.ManualFacts == manualBefore && S.Metadata == before) return S.ToRecord();
        S.UpdatedAt = time.GetUtcNow();
        await placement.PlaceAsync(S, S.UpdatedAt);
        // The seed has no correction event; subscribers update records on file.re_extracted, so a correction uses it too.
        Raise(FileEventTypes.ReExtracted, Changes("manual_correction", MetadataDiff.Changed(before, S.Metadata), previousName));
        await SaveAsync();
        await FinishAsync();
        return S.ToRecord();
    }

    public async Task<FileRecord?> RestoreAsync()
    {
        if (!Live) return null;
        if (S.Status != FileStatus.Deleted) return S.ToRecord();
        // Deleted before its processing ran, which runs now: the sweep covers it again before anything changes.
        if (S.StatusBeforeDelete is FileStatus.Received or FileStatus.Processing) await CoverAsync();
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
        if (Busy) StartWork(); // deleted before its processing ran: it runs now
        await FinishAsync();
        return S.ToRecord();
    }

    public async Task<IReadOnlyList<VersionEntry>> GetVersionsAsync() =>
        Live ? await placement.VersionsAsync(S) : [];

    private void EnsureSettled(string what)
    {
        if (S.Status == FileStatus.Deleted) throw new InvalidOperationException($"File {S.IngestId} is deleted; restore it before it can be {what}.");
        if (Busy) throw new InvalidOperationException($"File {S.IngestId} is still being processed; it can be {what} once that has finished.");
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
}
