using LaserGrains.Gateway.LaserOs.Events;
using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>Handles one verified event in one transaction: claim the webhook-id, drop stale events, apply, commit.</summary>
public sealed partial class EventRecorder(NpgsqlDataSource dataSource, ILogger<EventRecorder> logger)
{
    public async Task<HandlingOutcome> RecordAsync(string webhookId, ModuleNEvent e, CancellationToken cancellationToken)
    {
        await using var tx = await LaserOsTransaction.BeginAsync(dataSource, cancellationToken);
        if (!await HandledEvents.ClaimAsync(tx, webhookId, e))
        {
            await tx.RollbackAsync();
            LogDuplicate(logger, webhookId, e.EventType, e.IngestId);
            return new HandlingOutcome(HandlingOutcome.Duplicate, $"{webhookId} was handled before; nothing changed.");
        }

        await tx.LockFileAsync(e.IngestId);
        var (_, last) = await DesignFiles.CurrentAsync(tx, e.IngestId);
        if (e.Sequence is { } sequence && last is { } stored && sequence <= stored)
        {
            // Recorded as handled so a redelivery is a plain duplicate; the newer state stays.
            await HandledEvents.SetOutcomeAsync(tx, webhookId, HandlingOutcome.Stale);
            await tx.CommitAsync();
            LogStale(logger, webhookId, e.EventType, e.IngestId, sequence, stored);
            return new HandlingOutcome(HandlingOutcome.Stale, $"Sequence {sequence} is not newer than {stored} already applied to ingest {e.IngestId}; nothing changed.");
        }

        var message = await EventHandlers.ApplyAsync(tx, webhookId, e);
        await HandledEvents.SetOutcomeAsync(tx, webhookId, HandlingOutcome.Handled);
        await tx.CommitAsync();
        LogHandled(logger, webhookId, e.EventType, e.IngestId, message);
        return new HandlingOutcome(HandlingOutcome.Handled, message);
    }
}
