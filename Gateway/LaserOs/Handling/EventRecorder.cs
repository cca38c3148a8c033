using LaserGrains.Gateway.Errors;
using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Shared.Batching;
using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// Handles verified events by group commit: the deliveries that arrive while the receiver's transactions are busy are
/// handled together in the next one, each as before (claim the webhook-id, drop stale events, apply), in arrival order,
/// so a file's events still apply in order. A request is answered only after the transaction holding its event
/// committed. When a shared transaction fails for anything but an outage, its events are handled again one per
/// transaction, so one bad event fails only its own request.
/// </summary>
public sealed partial class EventRecorder : IDisposable
{
    /// <summary>Most events in one transaction.</summary>
    public const int MaxBatch = 32;

    /// <summary>Transactions running at once; more requests than this share transactions.</summary>
    public const int MaxTransactions = 2;

    /// <summary>How long a transaction short of a full batch waits for more events: a little of each answer's time for several events per transaction.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<EventRecorder> _logger;
    private readonly GroupCommit<ReceivedEvent, HandlingOutcome> _events;

    public EventRecorder(NpgsqlDataSource dataSource, ILogger<EventRecorder> logger)
    {
        (_dataSource, _logger) = (dataSource, logger);
        _events = new GroupCommit<ReceivedEvent, HandlingOutcome>(
            RecordBatchAsync, MaxBatch, 64 * MaxBatch, isolate: ex => !Unavailability.Is(ex), maxWriters: MaxTransactions, linger: Linger);
    }

    /// <summary>Handles one event; completes once it is committed. The token only cancels the wait for room in the queue.</summary>
    public Task<HandlingOutcome> RecordAsync(string webhookId, ModuleNEvent e, CancellationToken cancellationToken) =>
        _events.WriteAsync(new ReceivedEvent(webhookId, e), cancellationToken);

    public void Dispose() => _events.Dispose();

    private async Task<IReadOnlyList<HandlingOutcome>> RecordBatchAsync(IReadOnlyList<ReceivedEvent> batch)
    {
        await using var tx = await LaserOsTransaction.BeginAsync(_dataSource, CancellationToken.None);
        // Every lock of the batch first, in one order, so transactions of several gateways never wait on each other in a circle.
        await tx.LockAllAsync(batch.Select(r => r.Event.IngestId), batch.Select(r => r.Event.File.ProjectCode).OfType<string>());
        var outcomes = new HandlingOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++) outcomes[i] = await HandleAsync(tx, batch[i].WebhookId, batch[i].Event);
        await tx.CommitAsync();
        for (var i = 0; i < batch.Count; i++) Log(batch[i], outcomes[i]);
        return outcomes;
    }

    /// <summary>One event inside the shared transaction; a duplicate writes nothing.</summary>
    private static async Task<HandlingOutcome> HandleAsync(LaserOsTransaction tx, string webhookId, ModuleNEvent e)
    {
        if (!await HandledEvents.ClaimAsync(tx, webhookId, e))
        {
            return new HandlingOutcome(HandlingOutcome.Duplicate, $"{webhookId} was handled before; nothing changed.");
        }

        await tx.LockFileAsync(e.IngestId);
        var (_, last) = await DesignFiles.CurrentAsync(tx, e.IngestId);
        if (e.Sequence is { } sequence && last is { } stored && sequence <= stored)
        {
            // Recorded as handled so a redelivery is a plain duplicate; the newer state stays.
            await HandledEvents.SetOutcomeAsync(tx, webhookId, HandlingOutcome.Stale);
            return new HandlingOutcome(HandlingOutcome.Stale, $"Sequence {sequence} is not newer than {stored} already applied to ingest {e.IngestId}; nothing changed.");
        }

        var message = await EventHandlers.ApplyAsync(tx, webhookId, e);
        await HandledEvents.SetOutcomeAsync(tx, webhookId, HandlingOutcome.Handled);
        return new HandlingOutcome(HandlingOutcome.Handled, message);
    }

    private void Log(ReceivedEvent received, HandlingOutcome outcome)
    {
        var (id, e) = (received.WebhookId, received.Event);
        switch (outcome.Status)
        {
            case HandlingOutcome.Duplicate: LogDuplicate(_logger, id, e.EventType, e.IngestId); break;
            case HandlingOutcome.Stale: LogStale(_logger, id, e.EventType, e.IngestId, outcome.Message); break;
            default: LogHandled(_logger, id, e.EventType, e.IngestId, outcome.Message); break;
        }
    }
}
