namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// Decides every event of a shared transaction in arrival order from what the transaction read, as if each were applied
/// before the next: an event whose webhook-id was handled before (or earlier in this batch) is a duplicate and writes
/// nothing; one whose sequence is not newer than the file's last applied (counting this batch's earlier events) is stale and
/// only recorded; any other is handled by its event type's handler. Pure: no database.
/// </summary>
public static class BatchPlanner
{
    public static BatchPlan Plan(IReadOnlyList<ReceivedEvent> batch, BatchSnapshot snapshot)
    {
        var outcomes = new HandlingOutcome[batch.Count];
        var handled = new List<HandledRow>(batch.Count);
        var writes = new List<FileWrite>(batch.Count);
        var activity = new List<ActivityEntry>(batch.Count);
        var claimed = new HashSet<string>(snapshot.HandledWebhookIds, StringComparer.Ordinal);
        var files = new Dictionary<long, FileState>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (webhookId, e) = (batch[i].WebhookId, batch[i].Event);
            if (!claimed.Add(webhookId))
            {
                outcomes[i] = new HandlingOutcome(HandlingOutcome.Duplicate, $"{webhookId} was handled before; nothing changed.");
                continue;
            }

            var file = files.TryGetValue(e.IngestId, out var known) ? known : snapshot.File(e.IngestId);
            if (e.Sequence is { } sequence && file.LastSequence is { } stored && sequence <= stored)
            {
                // Recorded as handled so a redelivery is a plain duplicate; the newer state stays.
                handled.Add(new HandledRow(webhookId, e, HandlingOutcome.Stale));
                outcomes[i] = new HandlingOutcome(
                    HandlingOutcome.Stale, $"Sequence {sequence} is not newer than {stored} already applied to ingest {e.IngestId}; nothing changed.");
                continue;
            }

            var projectExists = e.File.ProjectCode is { } code && snapshot.ExistingProjects.Contains(code);
            var result = EventHandlers.Apply(e, file, projectExists);
            files[e.IngestId] = result.After;
            if (result.Write is { } write) writes.Add(write);
            activity.Add(new ActivityEntry(e.File.ProjectCode, e.IngestId, webhookId, e.EventType, result.Message));
            handled.Add(new HandledRow(webhookId, e, HandlingOutcome.Handled));
            outcomes[i] = new HandlingOutcome(HandlingOutcome.Handled, result.Message);
        }

        return new BatchPlan(outcomes, handled, writes, activity);
    }
}
