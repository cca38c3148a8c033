using LaserGrains.Grains.Files;
using LaserGrains.Grains.Webhooks.Delivery;

namespace LaserGrains.Grains.Webhooks;

/// <summary>
/// A hard delete's redaction of what the window holds. The stored rows are redacted first (the truth, reloaded after a
/// crash); this replaces the copies in memory so a retry never sends the file's content again. A request already on
/// the wire carries what it was started with.
/// </summary>
public sealed partial class WebhookDispatcherGrain
{
    // Redactions told while a reload is in flight: its SELECT may have read the rows before the store redacted them.
    private List<(long IngestId, long Before)>? _redactedWhileReloading;

    public Task RedactFileAsync(long ingestId, long beforeSequence)
    {
        // No await: the window changes on the grain's thread, between the interleaved calls of this reentrant grain.
        foreach (var delivery in _window.OfFile(ingestId, beforeSequence)) Redact(delivery);
        _redactedWhileReloading?.Add((ingestId, beforeSequence));
        return Task.CompletedTask;
    }

    /// <summary>Applies the redactions told during a reload to the rows it read, before they enter the window.</summary>
    private void RedactReloaded(IReadOnlyList<PendingDelivery> rows)
    {
        if (_redactedWhileReloading is not { Count: > 0 } told) return;
        foreach (var row in rows)
        {
            if (told.Exists(r => r.IngestId == row.IngestId && row.Sequence < r.Before)) Redact(row);
        }
    }

    private static void Redact(PendingDelivery delivery) =>
        delivery.Payload = EventRedaction.RedactPayload(delivery.Payload, delivery.IngestId, delivery.Sequence);
}
