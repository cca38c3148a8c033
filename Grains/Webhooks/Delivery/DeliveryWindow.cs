namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>
/// The deliveries a dispatcher holds in memory, queued per file in sequence order. Only a file's head may be in
/// flight, and only while no earlier event of that file is; other files flow independently.
/// </summary>
public sealed class DeliveryWindow
{
    private readonly Dictionary<long, List<PendingDelivery>> _files = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<long> _busy = [];

    // Files whose head is idle, by its due time; entries may be stale and are checked when taken.
    private readonly PriorityQueue<long, DateTimeOffset> _ready = new();

    public int Count => _ids.Count;

    public int InFlight => _busy.Count;

    public bool Contains(string eventId) => _ids.Contains(eventId);

    /// <summary>Adds a delivery unless its event id is already held; returns whether it was added.</summary>
    public bool Add(PendingDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!_ids.Add(delivery.EventId)) return false;
        if (!_files.TryGetValue(delivery.IngestId, out var queue)) _files[delivery.IngestId] = queue = [];
        var at = queue.FindIndex(d => d.Sequence > delivery.Sequence);
        if (at < 0) queue.Add(delivery);
        else queue.Insert(at, delivery);
        if (!_busy.Contains(delivery.IngestId) && ReferenceEquals(queue[0], delivery)) _ready.Enqueue(delivery.IngestId, delivery.NextAttemptAt);
        return true;
    }

    /// <summary>Marks up to <paramref name="max"/> due heads as in flight and returns them, earliest due first.</summary>
    public List<PendingDelivery> TakeDue(DateTimeOffset now, int max)
    {
        var taken = new List<PendingDelivery>();
        while (taken.Count < max && _ready.TryPeek(out var file, out var due) && due <= now)
        {
            _ready.Dequeue();
            if (_busy.Contains(file) || !_files.TryGetValue(file, out var queue)) continue;
            var head = queue[0];
            if (head.NextAttemptAt > now)
            {
                _ready.Enqueue(file, head.NextAttemptAt);
                continue;
            }

            _busy.Add(file);
            taken.Add(head);
        }

        return taken;
    }

    /// <summary>When the next idle head is due, or null when nothing waits.</summary>
    public DateTimeOffset? NextDue()
    {
        while (_ready.TryPeek(out var file, out var due))
        {
            var queue = _busy.Contains(file) ? null : _files.GetValueOrDefault(file);
            if (queue is not null && queue[0].NextAttemptAt == due) return due;
            _ready.Dequeue(); // stale: the file is gone, busy, or its head was rescheduled
            if (queue is not null) _ready.Enqueue(file, queue[0].NextAttemptAt);
        }

        return null;
    }

    /// <summary>The held deliveries of one file raised before <paramref name="beforeSequence"/>, in flight or not.</summary>
    public IEnumerable<PendingDelivery> OfFile(long ingestId, long beforeSequence) =>
        _files.TryGetValue(ingestId, out var queue) ? queue.Where(d => d.Sequence < beforeSequence) : [];

    /// <summary>Drops a delivery that is not in flight (its enqueue failed or found it already stored); false when it is in flight.</summary>
    public bool Remove(PendingDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!_files.TryGetValue(delivery.IngestId, out var queue)) return true;
        var at = queue.IndexOf(delivery);
        if (at < 0) return true;
        if (at == 0 && _busy.Contains(delivery.IngestId)) return false;
        queue.RemoveAt(at);
        _ids.Remove(delivery.EventId);
        if (queue.Count == 0) _files.Remove(delivery.IngestId);
        else if (at == 0 && !_busy.Contains(delivery.IngestId)) _ready.Enqueue(delivery.IngestId, queue[0].NextAttemptAt);
        return true;
    }

    /// <summary>An in-flight head finished: removed when delivered or dead-lettered, otherwise kept with its new due time.</summary>
    public void Complete(PendingDelivery delivery, bool remove)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        _busy.Remove(delivery.IngestId);
        if (!_files.TryGetValue(delivery.IngestId, out var queue)) return;
        if (remove)
        {
            queue.Remove(delivery);
            _ids.Remove(delivery.EventId);
            if (queue.Count == 0)
            {
                _files.Remove(delivery.IngestId);
                return;
            }
        }

        _ready.Enqueue(delivery.IngestId, queue[0].NextAttemptAt);
    }
}
