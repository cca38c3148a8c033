using LaserGrains.Grains.Files.Sweep;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Webhooks.Storage;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Storage;
using LaserGrains.Shared.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Files;

/// <summary>
/// Owns one file: persists it on receipt, extracts its facts, and keeps its catalog row and its subscribers current.
/// Accepting answers once the state is written; processing, re-extraction and the catalog/outbox catch-up run afterwards
/// in the grain (timers). The backstop across crashes is the sweep of the file's id bucket (one reminder for many files);
/// effects that failed and accepted re-extractions keep a reminder of their own. Partial files: Processing, Settling,
/// Marks, Library, Deletion.
/// </summary>
/// <remarks>Settled files are collected sooner than Orleans' default: nothing is written on deactivation, and a burst of
/// uploads would otherwise hold every file of the last quarter of an hour in memory.</remarks>
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class FileGrain(
    [PersistentState("file", StorageNames.Files)] IPersistentState<FileState> state,
    IFileCatalog catalog,
    FileProcessor processor,
    FilePlacement placement,
    IBlobStore blobs,
    WebhookDeliveryStore deliveries,
    TimeProvider time,
    IOptions<FileGrainOptions> options,
    ILogger<FileGrain> logger) : Grain, IFileGrain, IRemindable
{
    /// <summary>Backstop that brings the grain back to finish work that was interrupted or could not be completed.</summary>
    internal const string ResumeReminder = "resume-processing";

    private TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _working;
    private bool _firstRunCounted; // accepted in this activation: the accept write already counted the first attempt

    private FileState S => state.State;

    /// <summary>Work that was accepted and has not finished: the gateway waits for it, the reminder resumes it.</summary>
    /// <remarks>While a run is in progress its half-done state is in memory: only its end makes the file settled.</remarks>
    private bool Busy => _working || WorkAccepted;

    /// <summary>What the state says is still to run: processing after acceptance, or an accepted re-extraction.</summary>
    private bool WorkAccepted => S.Exists && !S.HardDeleted && (S.Status is FileStatus.Received or FileStatus.Processing || S.ReExtractRequested);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Only what the state says is pending: a settled file activates without a write, a publication or a catalog upsert.
        // Either runs in a timer right after activation, so a failure there never fails the call that activated the grain.
        NoteLoadedEffects();
        if (Busy) StartWork();
        else if (HasPendingEffects) this.RegisterGrainTimer(CatchUpAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public async Task<FileRecord> IngestAsync(IngestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (S.Exists)
        {
            if (S.HardDeleted || S.Blob!.Sha256 != request.Blob.Sha256)
            {
                throw new InvalidOperationException($"Ingest id {this.GetPrimaryKeyLong()} already holds another file.");
            }

            return S.ToRecord(); // a retried call: the first one won
        }

        // The sweep first: a crash after the write must never leave an accepted file without a way back.
        await CoverAsync();
        S.IngestId = this.GetPrimaryKeyLong();
        S.OriginalFilename = request.OriginalFilename;
        S.Blob = request.Blob;
        S.Hints = request.Hints;
        S.TraceParent = TraceContext.CurrentOrNew(); // the upload's trace, carried to processing and deliveries
        S.Status = FileStatus.Received;
        S.CreatedAt = request.ReceivedAt;
        S.UpdatedAt = time.GetUtcNow();
        S.ProcessingAttempts = 1; // the run that follows, counted here so that run needs no write of its own
        processor.ApplyNames(S);
        Raise(FileEventTypes.Ingested);
        S.Revision++;
        await WriteAsync();
        _firstRunCounted = true;
        _reminderRegistered = false; // a file new under this id: nothing ever registered a reminder of its own for it
        StartWork(); // accepted: the catalog row, file.ingested and the extraction follow right after this answer
        return S.ToRecord();
    }

    public Task<FileRecord?> GetAsync() => Task.FromResult(Live ? S.ToRecord() : null);

    public async Task<FileProgress> WaitAsync(TimeSpan max)
    {
        if (Busy && max > TimeSpan.Zero) await Task.WhenAny(_settled.Task, Task.Delay(max, time));
        return new FileProgress(Live ? S.ToRecord() : null, Busy);
    }

    public async Task<bool> ResumeAsync()
    {
        if (!S.Exists) return true; // an id nothing was accepted under
        if (Busy)
        {
            if (!_working) StartWork();
            return false;
        }

        await CatchUpAsync();
        return !HasPendingEffects || _reminderRegistered == true;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ResumeReminder) return;
        _reminderRegistered = true; // it fired, so it exists: the end of this catch-up removes it when nothing is pending
        if (Busy) await RunPendingWorkAsync();
        else await CatchUpAsync();
    }

    private bool Live => S.Exists && !S.HardDeleted;

    /// <summary>Registers the file with the sweep of its id bucket; answers at once when the bucket's reminder is already there.</summary>
    private Task CoverAsync()
    {
        var id = this.GetPrimaryKeyLong();
        return GrainFactory.GetGrain<IFileSweepGrain>(SweepBuckets.Of(id)).CoverAsync(id);
    }

    /// <summary>Runs the pending work in a grain timer, so the call that accepted it can answer first.</summary>
    private void StartWork() =>
        this.RegisterGrainTimer(RunPendingWorkAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

    /// <summary>Runs the accepted work; waiters are woken once it ended and its effects are recorded.</summary>
    private async Task RunPendingWorkAsync()
    {
        if (_working) return;
        _working = true;
        try
        {
            if (S.Status is FileStatus.Received or FileStatus.Processing) await ProcessAsync();
            else if (S.ReExtractRequested) await RunReExtractionAsync();
        }
        finally
        {
            _working = false;
            SignalSettled();
        }
    }

    /// <summary>Wakes every WaitAsync caller; each looks at the state again.</summary>
    private void SignalSettled()
    {
        var settled = _settled;
        _settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        settled.TrySetResult();
    }
}
