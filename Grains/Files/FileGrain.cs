using LaserGrains.Grains.Events;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Files;

/// <summary>Owns one file: persists it on receipt, extracts its facts, and keeps its catalog row current.</summary>
public sealed partial class FileGrain(
    [PersistentState("file", StorageNames.Files)] IPersistentState<FileState> state,
    IFileCatalog catalog,
    FileProcessor processor,
    FilePlacement placement,
    IBlobStore blobs,
    TimeProvider time,
    IOptions<FileGrainOptions> options,
    ILogger<FileGrain> logger) : Grain, IFileGrain, IRemindable
{
    /// <summary>Backstop that brings the grain back to finish a file whose processing was interrupted.</summary>
    internal const string ResumeReminder = "resume-processing";
    private const int MaxProcessingAttempts = 3;

    private FileState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists) await ProjectAsync();
        if (S.Outbox.Count > 0) await PublishOutboxAsync();
    }

    public async Task<FileRecord> IngestAsync(IngestRequest request, bool waitForProcessing = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (S.Exists)
        {
            if (S.Blob!.Sha256 != request.Blob.Sha256)
            {
                throw new InvalidOperationException($"Ingest id {this.GetPrimaryKeyLong()} already holds another file.");
            }

            return S.ToRecord(); // a retried call: the first one won
        }

        await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        var now = time.GetUtcNow();
        S.IngestId = this.GetPrimaryKeyLong();
        S.OriginalFilename = request.OriginalFilename;
        S.Blob = request.Blob;
        S.Hints = request.Hints;
        S.Status = FileStatus.Received;
        S.CreatedAt = request.ReceivedAt;
        S.UpdatedAt = now;
        processor.ApplyNames(S);
        Raise(FileEventTypes.Ingested);
        await SaveAsync();

        if (waitForProcessing) await ProcessAsync();
        else this.RegisterGrainTimer(ProcessAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        return S.ToRecord();
    }

    public Task<FileRecord?> GetAsync() => Task.FromResult(S.Exists && !S.HardDeleted ? S.ToRecord() : null);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ResumeReminder) return;
        if (S.Exists && S.Status is FileStatus.Received or FileStatus.Processing)
        {
            await ProcessAsync();
            return;
        }

        // Nothing left to process: make sure the catalog and the subscribers caught up, then stop ticking.
        if (S.Exists) await ProjectAsync();
        await PublishOutboxAsync();
        await StopRemindingAsync();
    }

    private async Task ProcessAsync()
    {
        if (S.Status is not (FileStatus.Received or FileStatus.Processing)) return;

        S.ProcessingAttempts++;
        S.Status = FileStatus.Processing;
        S.UpdatedAt = time.GetUtcNow();
        await SaveAsync();

        if (S.ProcessingAttempts > MaxProcessingAttempts)
        {
            FileProcessor.MarkFailed(S, "processing_aborted",
                $"Processing stopped {MaxProcessingAttempts} times before finishing; the file is set aside for a person to look at.");
        }
        else
        {
            await processor.ExtractAsync(S, options.Value, CancellationToken.None);
        }

        S.ProcessedAt = S.UpdatedAt = time.GetUtcNow();
        await PlaceOrRetryAsync();
        RecordRun("ingest", FileMetadata.Empty);
        Raise(S.Status == FileStatus.Completed ? FileEventTypes.Processed : FileEventTypes.Failed,
            S.Status == FileStatus.Failed ? new Dictionary<string, object?> { ["reason"] = S.FailureReason, ["code"] = S.FailureCode } : null);
        await SaveAsync();
        LogProcessed(logger, S.IngestId, S.Status, S.Kind);
        await StopRemindingAsync();
    }

    /// <summary>Adds an event to the outbox; it is persisted by the next save together with the change that caused it.</summary>
    private void Raise(string eventType, IReadOnlyDictionary<string, object?>? data = null) =>
        S.Outbox.Add(FileEventPayload.Create(eventType, S.ToRecord(), ++S.EventSequence, time.GetUtcNow(), data, options.Value.MaxEventBodyBytes));

    private async Task PublishOutboxAsync()
    {
        if (S.Outbox.Count == 0) return;
        try
        {
            await GrainFactory.GetGrain<IEventFanoutGrain>(0).PublishAsync([.. S.Outbox]);
            // Cleared in memory now, in storage with the next write; a crash before that only re-publishes (ids dedupe).
            S.Outbox.Clear();
        }
#pragma warning disable CA1031 // Undelivered events stay in the persisted outbox; the reminder publishes them later.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogPublishFailed(logger, ex, S.IngestId, S.Outbox.Count);
        }
    }

    private async Task SaveAsync()
    {
        S.Revision++;
        await state.WriteStateAsync();
        await ProjectAsync();
        await PublishOutboxAsync();
    }

    private async Task ProjectAsync()
    {
        try
        {
            if (S.HardDeleted) await catalog.RemoveAsync(S.IngestId, CancellationToken.None);
            else await catalog.UpsertAsync(S.ToRecord(), S.Revision, S.SearchText, CancellationToken.None);
        }
#pragma warning disable CA1031 // The grain state is the truth; a lagging catalog is repaired on the next activation or tick.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogCatalogFailed(logger, ex, S.IngestId);
        }
    }

    private async Task StopRemindingAsync()
    {
        if (S.Outbox.Count > 0) return; // the reminder keeps retrying the publication
        var reminder = await this.GetReminder(ResumeReminder);
        if (reminder is not null) await this.UnregisterReminder(reminder);
    }
}
