using LaserGrains.Grains.Events;
using LaserGrains.Grains.Interfaces.Events;

namespace LaserGrains.Grains.Files;

/// <summary>
/// The effects of a persisted change: the catalog row, the outbox and, after a hard delete, the redaction of queued
/// payloads. Each is pending in the state until done and then recorded as done (ProjectedRevision, a shorter Outbox,
/// RedactDeliveries off). That record is written with the next write or at the end of the operation, so a SIGKILL
/// at any instant only repeats an effect (idempotent), never skips one.
/// </summary>
public sealed partial class FileGrain
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(1);

    private bool _bookkeepingDirty;
    private bool? _reminderRegistered;
    private IGrainTimer? _retryTimer;
    private TimeSpan _retryDelay = FirstRetry;

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
        await state.WriteStateAsync();
        _bookkeepingDirty = false;
    }

    /// <summary>Carries out what the state says is pending; failures stay pending for the retry timer and the reminder.</summary>
    private async Task SettleAsync()
    {
        if (S.ProjectedRevision < S.Revision) await ProjectAsync();
        if (S.Outbox.Count > 0) await PublishOutboxAsync();
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

        if (_bookkeepingDirty) await WriteAsync();
        if (WorkAccepted || pending) return;
        _retryDelay = FirstRetry;
        await StopRemindingAsync();
    }

    private async Task ProjectAsync()
    {
        var revision = S.Revision;
        try
        {
            if (S.HardDeleted) await catalog.RemoveAsync(S.IngestId, CancellationToken.None);
            else await catalog.UpsertAsync(S.ToRecord(), revision, S.SearchText, CancellationToken.None);
            S.ProjectedRevision = revision;
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

    private async Task StopRemindingAsync()
    {
        if (_reminderRegistered == false) return;
        var reminder = await this.GetReminder(ResumeReminder);
        if (reminder is not null) await this.UnregisterReminder(reminder);
        _reminderRegistered = false;
    }
}
