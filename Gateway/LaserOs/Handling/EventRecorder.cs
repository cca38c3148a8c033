using LaserGrains.Gateway.Errors;
using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Shared.Batching;
using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// Handles verified events by group commit: the deliveries that arrive while the receiver's transactions are busy are
/// handled together in the next one. One round trip takes the batch's locks and reads its files, webhook-ids and
/// projects; <see cref="BatchPlanner"/> decides each event in arrival order (duplicate, stale or handled), so a file's
/// events still apply in order; one more round trip writes it all. A request is answered only after the transaction
/// holding its event committed. When a shared transaction fails for anything but an outage, its events are handled
/// again one per transaction, so one bad event fails only its own request.
/// </summary>
public sealed partial class EventRecorder : IDisposable
{
    /// <summary>Most events in one transaction.</summary>
    public const int MaxBatch = 32;

    /// <summary>Transactions running at once; more requests than this share transactions.</summary>
    public const int MaxTransactions = 2;

    /// <summary>How long a transaction short of a full batch waits for more events: a little of each answer's time for several events per transaction.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(5);

    // Reads and plans again when another transaction recorded one of the batch's webhook-ids meanwhile.
    private const int MaxAttempts = 3;

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
        for (var attempt = 1; ; attempt++)
        {
            // Two round trips and a commit per batch: locks and reads, then every write; the decisions in between are in memory.
            await using var tx = await LaserOsTransaction.BeginAsync(_dataSource, CancellationToken.None);
            var snapshot = await BatchReads.LockAndReadAsync(tx, batch);
            var plan = BatchPlanner.Plan(batch, snapshot);
            if (await BatchWrites.WriteAsync(tx, plan))
            {
                await tx.CommitAsync();
                for (var i = 0; i < batch.Count; i++) Log(batch[i], plan.Outcomes[i]);
                return plan.Outcomes;
            }

            // A webhook-id of the batch was recorded by another transaction after the read (the same id sent with another
            // file, so the file lock did not order them); that one has committed, so reading again finds it a duplicate.
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"A webhook-id of the batch kept being recorded elsewhere; gave up after {attempt} attempts.");
            }
        }
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
