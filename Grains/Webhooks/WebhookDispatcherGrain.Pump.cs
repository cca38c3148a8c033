using LaserGrains.Grains.Webhooks.Delivery;
using LaserGrains.Grains.Telemetry;
using LaserGrains.Grains.Webhooks.Storage;

namespace LaserGrains.Grains.Webhooks;

/// <summary>The delivery loop: page the store into the window, start due attempts, record their outcomes.</summary>
public sealed partial class WebhookDispatcherGrain
{
    /// <summary>Starts every due attempt the in-flight bound allows and sets the timer for the next one. Never awaits.</summary>
    private void Pump()
    {
        WebhookMetrics.Backlog(Id, _window.Count);
        if (_subscription is not { Enabled: true })
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        if (_overflow && !_reloading && _window.Count <= O.MemoryWindow / 2) _ = ReloadAsync();
        var now = time.GetUtcNow();
        var free = O.MaxInFlight - _window.InFlight;
        if (_subscription.MaxBatch is { } maxBatch) StartBatches(now, free, maxBatch);
        else if (free > 0)
        {
            foreach (var delivery in _window.TakeDue(now, free)) _ = AttemptAsync(delivery);
        }

        // When every slot is busy, finishing attempts pump again; otherwise wake for the next due head.
        var next = _window.InFlight >= O.MaxInFlight || _batchesInFlight >= BatchRequestLimit ? null : _window.NextDue();
        var wait = next is { } at ? (at > now ? at - now : TimeSpan.Zero) : Timeout.InfiniteTimeSpan;
        _timer?.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private async Task ReloadAsync()
    {
        _reloading = true;
        _skippedWhileReloading = false;
        _finishedWhileReloading = new HashSet<string>(StringComparer.Ordinal);
        _redactedWhileReloading = [];
        var retryLater = false;
        try
        {
            var rows = await store.LoadPendingAsync(Id, O.MemoryWindow);
            _overflow = rows.Count >= O.MemoryWindow || _skippedWhileReloading;
            RedactReloaded(rows);
            foreach (var row in rows.Where(r => !_finishedWhileReloading.Contains(r.EventId) && !_recording.Contains(r.EventId))) _window.Add(row);
            if (_window.Count > 0) await EnsureReminderAsync();
        }
#pragma warning disable CA1031 // The store is unreachable: the queue stays there, and the timer or reminder tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogStoreFailed(logger, ex, Id);
            retryLater = true;
        }
        finally
        {
            _reloading = false;
            _finishedWhileReloading = null;
            _redactedWhileReloading = null;
        }

        if (retryLater) _timer?.Change(StoreRetryDelay, Timeout.InfiniteTimeSpan);
        else Pump();
    }

    private async Task AttemptAsync(PendingDelivery delivery)
    {
        var window = _window;
        await FinishAttemptAsync(window, delivery, await SendAsync(delivery));
    }

    /// <summary>Records one delivery's attempt in the window it was taken from: its outcome row, its next try or its end, the subscription's health.</summary>
    private async Task FinishAttemptAsync(DeliveryWindow window, PendingDelivery delivery, AttemptOutcome outcome, bool retryAtOnce = false)
    {
        if (!await StoredAsync(delivery))
        {
            window.Complete(delivery, remove: true);
            Pump();
            return;
        }

        delivery.Attempts++;
        var now = time.GetUtcNow();
        var status = DeliveryStatus.Delivered;
        if (!outcome.Succeeded)
        {
            var delay = retryAtOnce ? TimeSpan.Zero : _retry.NextDelay(delivery.Attempts, outcome.RetryAfter, Random.Shared);
            status = delay is null ? DeliveryStatus.Dead : DeliveryStatus.Pending;
            if (delay is { } d) delivery.NextAttemptAt = now + d;
        }

        var finished = status != DeliveryStatus.Pending;
        if (finished)
        {
            // Release the file's next event now rather than after the outcome write: a crash before that write only
            // sends this event again (a duplicate that webhook-id dedupes), and later events never overtake a first send.
            window.Complete(delivery, remove: true);
            _recording.Add(delivery.EventId);
            Pump();
        }

        try
        {
            await _writes.WriteAsync([DeliveryWrite.Outcome(new DeliveryRecord(delivery, status, outcome))]);
            if (finished) _finishedWhileReloading?.Add(delivery.EventId);
            else window.Complete(delivery, remove: false);
            if (status == DeliveryStatus.Dead) LogDeadLettered(logger, Id, delivery.EventId, delivery.Attempts, outcome.Error);
            if (status == DeliveryStatus.Dead) WebhookMetrics.DeadLettered(Id);
        }
#pragma warning disable CA1031 // Not recorded: keep it queued; the receiver may see the event again, which webhook-id dedupes.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogStoreFailed(logger, ex, Id);
            if (finished)
            {
                Skip(); // still pending in the store: page it in again
            }
            else
            {
                delivery.NextAttemptAt = now + StoreRetryDelay;
                window.Complete(delivery, remove: false);
            }
        }
        finally
        {
            if (finished) _recording.Remove(delivery.EventId);
        }

        await TrackHealthAsync(outcome, now);
        Pump();
    }

    /// <summary>
    /// For an attempt started while its INSERT was in flight: waits for it; false when it failed (the caller publishes
    /// again) or found the event already stored (this send was a duplicate), in which case nothing is written.
    /// </summary>
    private static async Task<bool> StoredAsync(PendingDelivery delivery)
    {
        if (delivery.Insert is not { } insert) return true;
        await ((Task)insert).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        delivery.Insert = null;
        return insert.IsCompletedSuccessfully && insert.Result.Contains(delivery.EventId);
    }

    private async Task<AttemptOutcome> SendAsync(PendingDelivery delivery) => await Guarded(sender.SendAsync(_subscription!, delivery));

    private async Task<AttemptOutcome> Guarded(Task<AttemptOutcome> send)
    {
        try
        {
            return await send;
        }
#pragma warning disable CA1031 // Anything unexpected (a malformed URL, …) is a failed attempt, never a lost delivery.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new AttemptOutcome(time.GetUtcNow(), null, TimeSpan.Zero, null, ex.Message, null);
        }
    }

    private async Task TrackHealthAsync(AttemptOutcome outcome, DateTimeOffset now)
    {
        try
        {
            if (outcome.Succeeded) _lastSuccess = now;
            var (since, disable) = FailureWindow.After(state.State.FailingSince, outcome.Succeeded, now, O.DisableAfter);
            if (since != state.State.FailingSince)
            {
                state.State.FailingSince = since;
                await SaveStateAsync();
            }

            if (outcome.Gone) await DisableAsync($"The endpoint answered 410 Gone at {now:u}: it asked to receive nothing more.");
            else if (disable) await DisableAsync($"No successful delivery since {since:u} ({O.DisableAfter.TotalHours:0.##} h of failures).");
        }
#pragma warning disable CA1031 // Health bookkeeping must not stop the delivery loop; the next attempt tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogStoreFailed(logger, ex, Id);
        }
    }

    private async Task DisableAsync(string reason)
    {
        if (_subscription is not { Enabled: true } subscription) return;
        _subscription = subscription with { Enabled = false, DisabledReason = reason };
        LogDisabled(logger, Id, reason);
        await Registry.SetEnabledAsync(Id, false, reason);
    }
}
