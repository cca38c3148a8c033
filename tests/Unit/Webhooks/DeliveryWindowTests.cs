using LaserGrains.Grains.Webhooks.Delivery;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class DeliveryWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static PendingDelivery D(long file, long seq, DateTimeOffset? due = null) => new()
    {
        EventId = $"evt_{file}_{seq}", EventType = "file.processed", IngestId = file, Sequence = seq,
        EventTime = T0, Payload = "{}", NextAttemptAt = due ?? T0,
    };

    [Fact]
    public void TakeDue_OneHeadPerFile_OtherFilesFlow()
    {
        var window = new DeliveryWindow();
        window.Add(D(1, 2));
        window.Add(D(1, 1));
        window.Add(D(2, 1));

        var first = window.TakeDue(T0, 10);
        Assert.Equal(["evt_1_1", "evt_2_1"], first.Select(d => d.EventId).Order());
        Assert.Empty(window.TakeDue(T0, 10)); // evt_1_2 waits for evt_1_1
    }

    [Fact]
    public void Complete_Retrying_HoldsTheFile_UntilItsHeadSucceeds()
    {
        var window = new DeliveryWindow();
        var head = D(1, 1);
        window.Add(head);
        window.Add(D(1, 2));
        window.Add(D(2, 1, T0.AddSeconds(1)));
        Assert.Same(head, Assert.Single(window.TakeDue(T0, 10)));

        head.NextAttemptAt = T0.AddSeconds(5);
        window.Complete(head, remove: false);
        Assert.Equal(T0.AddSeconds(1), window.NextDue());
        Assert.Equal("evt_2_1", Assert.Single(window.TakeDue(T0.AddSeconds(1), 10)).EventId);
        Assert.Empty(window.TakeDue(T0.AddSeconds(4), 10));

        Assert.Same(head, Assert.Single(window.TakeDue(T0.AddSeconds(5), 10)));
        window.Complete(head, remove: true);
        Assert.Equal("evt_1_2", Assert.Single(window.TakeDue(T0.AddSeconds(5), 10)).EventId);
    }

    [Fact]
    public void TakeDue_RespectsTheInFlightBound_AndDedupesIds()
    {
        var window = new DeliveryWindow();
        for (var f = 0; f < 10; f++) Assert.True(window.Add(D(f, 1)));
        Assert.False(window.Add(D(3, 1)));
        Assert.Equal(4, window.TakeDue(T0, 4).Count);
        Assert.Equal(4, window.InFlight);
        Assert.Equal(10, window.Count);
    }

    [Fact]
    public void Remove_InFlightHead_IsRefused_IdleHead_ReleasesTheNext()
    {
        var window = new DeliveryWindow();
        var head = D(1, 1);
        window.Add(head);
        window.Add(D(1, 2));
        Assert.Same(head, Assert.Single(window.TakeDue(T0, 10)));
        Assert.False(window.Remove(head)); // an attempt in flight drops it itself

        window.Complete(head, remove: false);
        Assert.True(window.Remove(head));
        Assert.Equal("evt_1_2", Assert.Single(window.TakeDue(T0, 10)).EventId);
        Assert.Equal(1, window.Count);
    }

    [Fact]
    public void Remove_Queued_LeavesTheHeadAlone()
    {
        var window = new DeliveryWindow();
        var second = D(1, 2);
        window.Add(D(1, 1));
        window.Add(second);
        Assert.True(window.Remove(second));
        Assert.False(window.Contains("evt_1_2"));
        Assert.Equal("evt_1_1", Assert.Single(window.TakeDue(T0, 10)).EventId);
    }

    [Fact]
    public void OfFile_TheFilesEventsBeforeTheSequence_InFlightIncluded()
    {
        var window = new DeliveryWindow();
        window.Add(D(1, 1));
        window.Add(D(1, 2));
        window.Add(D(1, 3));
        window.Add(D(2, 1));
        Assert.Equal(2, window.TakeDue(T0, 10).Count); // evt_1_1 and evt_2_1 in flight

        Assert.Equal(["evt_1_1", "evt_1_2"], window.OfFile(1, 3).Select(d => d.EventId));
        Assert.Empty(window.OfFile(3, 10));
    }
}
