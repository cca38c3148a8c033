using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Grains.Telemetry;

namespace LaserGrains.Grains.Files;

/// <summary>The file grain's extraction runs: first processing after acceptance, and accepted re-extractions.</summary>
public sealed partial class FileGrain
{
    private const int MaxProcessingAttempts = 3;

    /// <summary>How long the first run waits for a quick extraction before it settles what acceptance left on its own.</summary>
    /// <remarks>Most files finish well within it: then one write stores the outcome and one publish carries file.ingested
    /// and file.processed together; a slower file shows as received and announces file.ingested while it is read.</remarks>
    private static readonly TimeSpan QuickExtraction = TimeSpan.FromMilliseconds(200);

    private async Task ProcessAsync()
    {
        if (S.HardDeleted || S.Status is not (FileStatus.Received or FileStatus.Processing)) return;
        using var span = FileTracing.Start("file.process", S);
        var counted = _firstRunCounted;
        _firstRunCounted = false;
        if (!counted)
        {
            // A run after a crash or a failed run: counted and stored before it starts, so a file that takes the silo
            // down with it is set aside after a few tries.
            await SettleAsync(); // what acceptance left: the catalog row and file.ingested
            S.ProcessingAttempts++;
            S.Status = FileStatus.Processing;
            S.UpdatedAt = time.GetUtcNow();
            await SaveAsync();
        }

        if (S.ProcessingAttempts > MaxProcessingAttempts)
        {
            FileProcessor.MarkFailed(S, "processing_aborted",
                $"Processing stopped {MaxProcessingAttempts} times before finishing; the file is set aside for a person to look at.");
        }
        else
        {
            await ExtractSettlingIfSlowAsync();
        }

        S.ProcessedAt = S.UpdatedAt = time.GetUtcNow();
        await PlaceOrRetryAsync();
        RecordRun("ingest", FileMetadata.Empty);
        Raise(S.Status == FileStatus.Completed ? FileEventTypes.Processed : FileEventTypes.Failed,
            S.Status == FileStatus.Failed ? new Dictionary<string, object?> { ["reason"] = S.FailureReason, ["code"] = S.FailureCode } : null);
        await SaveAsync();
        LogProcessed(logger, S.IngestId, S.Status, S.Kind);
        FileMetrics.Processed(S);
        await FinishAsync();
    }

    /// <summary>Extracts; when that takes longer than <see cref="QuickExtraction"/>, settles the accepted revision meanwhile.</summary>
    /// <remarks>The settling uses a copy of the accepted record, so it never sees facts the extraction is still filling in;
    /// both run on the grain's one thread, interleaved only at their awaits, and the extraction leaves the outbox alone.</remarks>
    private async Task ExtractSettlingIfSlowAsync()
    {
        var pending = HasPendingEffects;
        var accepted = pending ? new Projection(S.ToRecord(), S.Revision, S.SearchText) : null;
        var extraction = processor.ExtractAsync(S, options.Value, CancellationToken.None);
        if (accepted is not null && await Task.WhenAny(extraction, Task.Delay(QuickExtraction, time)) != extraction)
        {
            await SettleAsync(accepted);
        }

        await extraction;
    }

    private async Task RunReExtractionAsync()
    {
        if (!S.ReExtractRequested) return;
        using var span = FileTracing.Start("file.re_extract", S);
        if (!Live || S.Status is not (FileStatus.Completed or FileStatus.Failed))
        {
            // Deleted (or otherwise changed) since it was accepted: nothing to re-extract any more.
            S.ReExtractRequested = false;
            await SaveAsync();
            await FinishAsync();
            return;
        }

        var before = S.Metadata;
        var previousName = S.StoredFilename;
        var previousKind = S.Kind;
        var previousStatus = S.Status;
        try
        {
            await processor.ExtractAsync(S, options.Value, CancellationToken.None);
            S.ProcessedAt = S.UpdatedAt = time.GetUtcNow();
            var run = RecordRun("re-extract", before, previousKind, previousStatus);
            if (S.Status == FileStatus.Completed) await placement.PlaceAsync(S, S.UpdatedAt);
            else await placement.UnplaceAsync(S, VersionEntryState.Removed);
            S.ReExtractRequested = false;
            Raise(FileEventTypes.ReExtracted, Changes("re-extract", run.ChangedFields, previousName));
        }
        catch
        {
            // Back to what is stored (still requested): the reminder runs the re-extraction again from there.
            await state.ReadStateAsync();
            NoteLoadedEffects();
            throw;
        }

        await SaveAsync();
        await FinishAsync();
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
