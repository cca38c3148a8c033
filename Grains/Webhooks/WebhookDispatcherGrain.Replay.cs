namespace LaserGrains.Grains.Webhooks;

/// <summary>Replays: finished deliveries go back to pending in the store and are paged in like any other.</summary>
public sealed partial class WebhookDispatcherGrain
{
    public async Task<bool> ReplayAsync(string eventId)
    {
        await EnsureReminderAsync();
        var replayed = await store.ReplayOneAsync(Id, eventId, time.GetUtcNow());
        if (replayed) Requeue();
        return replayed;
    }

    public async Task<long> ReplayFailedSinceAsync(DateTimeOffset since)
    {
        await EnsureReminderAsync();
        // One statement, no cap on the count; the window pages the rows in MemoryWindow at a time.
        var replayed = await store.ReplayDeadSinceAsync(Id, since, time.GetUtcNow());
        if (replayed > 0) Requeue();
        LogReplayed(logger, Id, replayed, since);
        return replayed;
    }

    private void Requeue()
    {
        Skip();
        Pump();
    }
}
