using LaserGrains.Grains.Events;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Files;

/// <summary>
/// The effects of a persisted change: the outbox, then the catalog row and, after a hard delete, the redaction of queued
/// payloads. Each is pending in the state until done and then recorded as done (ProjectedRevision, a shorter Outbox,
/// RedactDeliveries off). A live file's row is written only after its outbox is out, so once every effect is done the
/// row proves it (FileGrain.Marks) and that record rides along with the next write instead of costing one of its own;
/// a tombstone (no row) or a failed effect writes it at the end of the operation. A SIGKILL at any instant only repeats
/// an effect (idempotent), never skips one.
/// </summary>
public sealed partial class FileGrain
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(1);

    private bool _bookkeepingDirty;
    private bool? _reminderRegistered;
    private IGrainTimer? _retryTimer;
    private TimeSpan _retryDelay = FirstRetry;

    /// <summary>What a catalog upsert writes: the record at a revision (null for a tombstone, whose row is removed).</summary>
    private sealed record Projection(FileRecord? Record, long Revision, string? SearchText);

    private bool HasPendingEffects => S.Exists && (S.ProjectedRevision < S.Revision || S.Outbox.Count > 0 || S.RedactDeliveries);

    /// <summary>Adds an event to the outbox; it is persisted by the next save together with the change that caused it.</summary>
    private void Raise(string eventType, IReadOnlyDictionary<string, object?>? data = null) =>
        S.Outbox.Add(FileEventPayload.Create(eventType, S.ToRecord(), ++S.EventSequence, time.GetUtcNow(), data, options.Value.MaxEventBodyBytes));

    /// <summary>Persists a change (a new revision) and carries out its effects.</summary>
    private async Task SaveAsync()
    {
        S.Revision++;
        await WriteAsync();
        await SettleAsync();
    }

    private async Task WriteAsync()
    {
        S.CatalogAfterOutbox = true;
        await state.WriteStateAsync();
        _bookkeepingDirty = false;
    }

    /// <summary>Carries out what the state says is pending; failures stay pending for the retry timer and the reminder.</summary>
    /// <param name="accepted">Settles only this earlier revision (the accepted file while its extraction runs); null: the current state.</param>
    private async Task SettleAsync(Projection? accepted = null)
    {
        if (_loadedEffectsUnconfirmed && !await ConfirmLoadedEffectsAsync()) return;
        if (S.Outbox.Count > 0) await PublishOutboxAsync();
        var target = accepted ?? new Projection(S.HardDeleted ? null : S.ToRecord(), S.Revision, S.SearchText);
        // A live file's row waits for its outbox: the row at a revision then proves that revision's events stored.
        if (S.ProjectedRevision < target.Revision && (S.HardDeleted || S.Outbox.Count == 0)) await ProjectAsync(target);
        if (S.RedactDeliveries && S.Outbox.Count == 0) await RedactDeliveriesAsync();
    }

    /// <summary>Settles, records what was done, and keeps a timer and the reminder only while something is still pending.</summary>
    private async Task CatchUpAsync()
    {
        await SettleAsync();
        await FinishAsync();
    }

    private async Task FinishAsync()
    {
        var pending = !WorkAccepted && HasPendingEffects; // while work is still to run, its own end calls this again
        if (pending)
        {
            // The backstop before the write: should the write fail, the reminder still brings the grain back.
            await EnsureReminderAsync();
            ScheduleRetry();
        }

        // Every effect done on a live file: its catalog row proves it, so the record of it waits for the next write.
        var provenByRow = !S.HardDeleted && !HasPendingEffects;
        if (_bookkeepingDirty && !provenByRow) await WriteAsync();
        if (WorkAccepted || pending) return;
        _retryDelay = FirstRetry;
        await StopRemindingAsync();
    }

    private async Task ProjectAsync(Projection target)
    {
        try
        {
            if (S.HardDeleted) await catalog.RemoveAsync(S.IngestId, CancellationToken.None);
            else await catalog.UpsertAsync(target.Record!, target.Revision, target.SearchText, CancellationToken.None);
            if (S.ProjectedRevision < target.Revision) S.ProjectedRevision = target.Revision;
            _bookkeepingDirty = true;
        }
#pragma warning disable CA1031 // The grain state is the truth; a lagging row stays pending and is repaired by the retry timer or reminder.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogCatalogFailed(logger, ex, S.IngestId);
        }
    }

    private async Task PublishOutboxAsync()
    {
        var batch = S.Outbox.ToList();
        try
        {
            await GrainFactory.GetGrain<IEventFanoutGrain>(0).PublishAsync(batch);
            // Stored by every dispatcher: gone from the outbox, and from storage with the next write.
            var through = batch[^1].Sequence;
            S.Outbox.RemoveAll(e => e.Sequence <= through);
            _bookkeepingDirty = true;
        }
#pragma warning disable CA1031 // Undelivered events stay in the persisted outbox; the retry timer or reminder publishes them later.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogPublishFailed(logger, ex, S.IngestId, S.Outbox.Count);
        }
    }

    private async Task RedactDeliveriesAsync()
    {
        try
        {
            await deliveries.RedactFileAsync(S.IngestId, S.EventSequence);
            // Then the copies dispatchers hold in memory, so no retry sends the content again; stays pending if one fails.
            await GrainFactory.GetGrain<IEventFanoutGrain>(0).RedactFileAsync(S.IngestId, S.EventSequence);
            S.RedactDeliveries = false;
            _bookkeepingDirty = true;
        }
#pragma warning disable CA1031 // Stays pending in the tombstone; retried like the catalog and the outbox.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRedactFailed(logger, ex, S.IngestId);
        }
    }

    /// <summary>A short, growing retry while the grain is active; the reminder covers deactivation and crashes.</summary>
    private void ScheduleRetry()
    {
        _retryTimer?.Dispose();
        var delay = _retryDelay;
        _retryDelay = delay * 2 < LastRetry ? delay * 2 : LastRetry;
        _retryTimer = this.RegisterGrainTimer(CatchUpAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
    }

    private async Task EnsureReminderAsync()
    {
        if (_reminderRegistered == true) return;
        await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        _reminderRegistered = true;
    }

    /// <remarks>Only a reminder this activation knows of: one left behind by a crash fires within its period, and that
    /// tick (<see cref="ReceiveReminder"/>) makes it known, so it goes then; a settled file thus finishes without a read.</remarks>
    private async Task StopRemindingAsync()
    {
        if (_reminderRegistered != true) return;
        var reminder = await this.GetReminder(ResumeReminder);
        if (reminder is not null) await this.UnregisterReminder(reminder);
        _reminderRegistered = false;
    }
}
