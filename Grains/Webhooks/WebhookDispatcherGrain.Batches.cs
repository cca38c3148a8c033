using LaserGrains.Grains.Webhooks.Batching;
using LaserGrains.Grains.Webhooks.Delivery;

namespace LaserGrains.Grains.Webhooks;

/// <summary>
/// Delivery for a subscription with max_batch: the due heads (still one event per file at a time) go several to a request,
/// and each keeps its own row, attempt count and retry schedule, exactly as if it had gone alone.
/// </summary>
public sealed partial class WebhookDispatcherGrain
{
    private int _batchesInFlight;

    /// <summary>
    /// Requests a batched subscription keeps in flight. MaxInFlight counts events, so full batches share it; while one is
    /// in flight the next events wait and go together, which is what makes the batches.
    /// </summary>
    private int BatchRequestLimit => _subscription?.MaxBatch is { } maxBatch ? Math.Max(1, O.MaxInFlight / maxBatch) : int.MaxValue;

    private void StartBatches(DateTimeOffset now, int free, int maxBatch)
    {
        while (free > 0 && _batchesInFlight < BatchRequestLimit)
        {
            var due = _window.TakeDue(now, Math.Min(free, maxBatch));
            if (due.Count == 0) return;
            free -= due.Count;
            foreach (var batch in BatchGrouping.Group(due, maxBatch))
            {
                _batchesInFlight++;
                _ = AttemptBatchAsync(batch);
            }
        }
    }

    private async Task AttemptBatchAsync(List<PendingDelivery> batch)
    {
        var window = _window;
        AttemptOutcome outcome;
        try
        {
            outcome = await Guarded(sender.SendBatchAsync(_subscription!, batch));
        }
        finally
        {
            _batchesInFlight--;
        }

        // The receiver refused what the request carried: one of the events may be at fault, so each goes alone at once
        // and fails or succeeds on its own; the refused attempt is recorded for each but starts no back-off.
        var split = batch.Count > 1 && RefusedContent(outcome);
        if (split)
        {
            foreach (var delivery in batch) delivery.SendAlone = true;
        }

        await Task.WhenAll(batch.Select(d => FinishAttemptAsync(window, d, outcome, retryAtOnce: split)));
    }

    /// <summary>400, 413 and 422: the receiver read the request and refused its content (not an outage, not a signature).</summary>
    internal static bool RefusedContent(AttemptOutcome outcome) => outcome.StatusCode is 400 or 413 or 422;
}
