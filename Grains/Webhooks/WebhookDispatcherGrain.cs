using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Grains.Webhooks.Delivery;
using LaserGrains.Grains.Webhooks.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LaserGrains.Grains.Webhooks;

/// <summary>
/// One subscription's delivery queue. Durable in lg_webhook_deliveries before EnqueueAsync returns; a window of it is
/// held in memory and sent with at most MaxInFlight requests, one per file at a time. A one-shot grain timer wakes it
/// for the next due retry; a reminder, registered before anything is queued, brings it back after a crash or restart.
/// Reentrant so enqueues and attempt results interleave and share database round trips; all state changes happen
/// between awaits on the grain's single thread.
/// </summary>
[Reentrant]
public sealed partial class WebhookDispatcherGrain(
    [PersistentState("webhook-dispatcher", StorageNames.WebhookDispatchers)] IPersistentState<WebhookDispatcherState> state,
    WebhookDeliveryStore store,
    WebhookSender sender,
    TimeProvider time,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcherGrain> logger) : Grain, IWebhookDispatcherGrain, IRemindable
{
    internal const string BackstopReminder = "webhook-backstop";
    private static readonly TimeSpan StoreRetryDelay = TimeSpan.FromSeconds(5);

    private readonly RetryPolicy _retry = RetryPolicy.From(options.Value);
    private DeliveryWindow _window = new();
    private BatchWriter<DeliveryWrite, HashSet<string>> _writes = null!; // new deliveries and outcomes, one round trip per batch
    private WebhookSubscription? _subscription;
    private IGrainTimer? _timer;
    private Task? _reminder;
    private Task _stateWrites = Task.CompletedTask;
    private bool _overflow = true; // the store may hold pending deliveries the window lacks: page them in
    private bool _reloading;
    private bool _skippedWhileReloading;
    /// <summary>
    /// How long a write of attempt outcomes alone waits for more (new deliveries go at once: the file grain waits for
    /// them): outcomes then mostly ride along with the next insert instead of costing a transaction each.
    /// </summary>
    public static readonly TimeSpan WriteLinger = TimeSpan.FromMilliseconds(10);

    private HashSet<string>? _finishedWhileReloading;
    private readonly HashSet<string> _recording = new(StringComparer.Ordinal); // finished, outcome not yet stored
    private int _enqueuing;
    private DateTimeOffset? _lastSuccess;

    private WebhookOptions O => options.Value;

    private string Id => this.GetPrimaryKeyString();

    private IWebhookRegistryGrain Registry => GrainFactory.GetGrain<IWebhookRegistryGrain>(0);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writes = new(writes => store.WriteAsync(Id, writes, time.GetUtcNow()), WriteLinger, w => w.Insert is not null);
        _lastSuccess = state.State.LastSuccessAt;
        _subscription = await Registry.GetAsync(Id);
        // Re-arm from the store at once: whatever was pending when the last activation died is due now.
        _timer = this.RegisterGrainTimer(_ => { Pump(); return Task.CompletedTask; }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    public async Task EnqueueAsync(IReadOnlyList<FileEvent> events, long subscriptionVersion)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) return;
        if (_subscription is null || _subscription.Version < subscriptionVersion)
        {
            // The fan-out saw a newer subscription than this copy: its change notification is still on the way. Fetch it,
            // so the URL and keys the API last answered with are the ones these events use.
            await ApplyAsync(await Registry.GetAsync(Id));
            if (_subscription is null) return; // deleted since the fan-out looked: nothing to deliver
        }

        _enqueuing++;
        try
        {
            // The reminder first: a crash after the insert must never leave a queued delivery without a way back.
            await EnsureReminderAsync();
            var firstAttemptAt = time.GetUtcNow() + _retry.FirstDelay;
            var rows = events.Select(e => PendingDelivery.From(e, firstAttemptAt)).ToList();
            var insert = _writes.WriteAsync(DeliveryWrite.Inserts(rows));
            var early = AddBeforeStored(rows, insert);
            HashSet<string> inserted;
            try
            {
                inserted = await insert;
            }
            catch
            {
                foreach (var row in early) _window.Remove(row); // not durable: the caller publishes them again
                throw;
            }

            foreach (var row in rows)
            {
                if (early.Contains(row))
                {
                    // Already stored earlier: not ours to send again (an attempt in flight sees the same and drops it).
                    if (!inserted.Contains(row.EventId)) _window.Remove(row);
                }
                else if (!inserted.Contains(row.EventId)) continue;
                else if (!_overflow && _window.Count < O.MemoryWindow) _window.Add(row);
                else Skip();
            }
        }
        finally
        {
            _enqueuing--;
        }

        Pump();
    }

    /// <summary>
    /// Puts new events in the window and starts them while their INSERT is in flight, which takes a database round trip
    /// off the first attempt. Safe: the caller keeps the events until EnqueueAsync returns, so a crash or a failed insert
    /// only repeats them (at-least-once), and an attempt's outcome is written only after its row exists.
    /// </summary>
    private HashSet<PendingDelivery> AddBeforeStored(List<PendingDelivery> rows, Task<HashSet<string>> insert)
    {
        var early = new HashSet<PendingDelivery>();
        // Only while every pending row of the store is in memory, so the window alone says what is already queued.
        if (_overflow || _reloading) return early;
        foreach (var row in rows)
        {
            if (_window.Count >= O.MemoryWindow || _recording.Contains(row.EventId)) continue;
            row.Insert = insert;
            if (_window.Add(row)) early.Add(row);
            else row.Insert = null;
        }

        if (early.Count > 0) Pump();
        return early;
    }

    public Task SubscriptionChangedAsync(WebhookSubscription? subscription) => ApplyAsync(subscription);

    /// <summary>Adopts a copy of the subscription (null: deleted) unless it is older than the one held, as a late notification is.</summary>
    private async Task ApplyAsync(WebhookSubscription? subscription)
    {
        if (subscription is not null && _subscription is not null && subscription.Version < _subscription.Version) return;
        var wasEnabled = _subscription?.Enabled == true;
        _subscription = subscription;
        if (subscription is null)
        {
            var cancelled = await store.CancelPendingAsync(Id, time.GetUtcNow());
            LogDeleted(logger, Id, cancelled);
            _window = new DeliveryWindow();
            _overflow = false;
            await StopReminderAsync();
            DeactivateOnIdle();
            return;
        }

        if (subscription.Enabled && !wasEnabled)
        {
            // Deliveries waited in the store while the subscription was disabled; the failure clock starts afresh.
            if (state.State.FailingSince is not null)
            {
                state.State.FailingSince = null;
                await SaveStateAsync();
            }

            await EnsureReminderAsync();
            _overflow = true;
        }

        Pump();
    }

    public Task<DispatcherStatus> GetStatusAsync() =>
        Task.FromResult(new DispatcherStatus(_window.Count, _overflow, _window.InFlight, state.State.FailingSince, _lastSuccess));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != BackstopReminder) return;
        await ApplyAsync(await Registry.GetAsync(Id)); // also repairs a missed change notification
        var idle = !_overflow && !_reloading && _window.Count == 0 && _enqueuing == 0;
        if (_subscription is not { Enabled: true } || idle)
        {
            await StopReminderAsync();
            return;
        }

        Pump();
    }

    private void Skip()
    {
        _overflow = true;
        if (_reloading) _skippedWhileReloading = true;
    }

    private async Task EnsureReminderAsync()
    {
        if (_reminder is null || _reminder.IsFaulted) _reminder = this.RegisterOrUpdateReminder(BackstopReminder, O.ReminderPeriod, O.ReminderPeriod);
        await _reminder;
    }

    private async Task StopReminderAsync()
    {
        _reminder = null;
        if (await this.GetReminder(BackstopReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private Task SaveStateAsync()
    {
        _stateWrites = AfterAsync(_stateWrites);
        return _stateWrites;

        async Task AfterAsync(Task previous)
        {
            await previous.ContinueWith(_ => { }, TaskScheduler.Current); // concurrent writes would clash on the etag
            state.State.LastSuccessAt = _lastSuccess;
            await state.WriteStateAsync();
        }
    }
}
