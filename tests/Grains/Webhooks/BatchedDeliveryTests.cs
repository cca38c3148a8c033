using System.Text.Json;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Grains.Infrastructure;

namespace LaserGrains.Tests.Grains.Webhooks;

/// <summary>
/// A subscription with max_batch against a real loopback receiver: events of many files go several to a request, each
/// keeps its own row and attempts, and a refused batch is split so that one event the receiver cannot take holds back
/// no other.
/// </summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class BatchedDeliveryTests(FakeClockClusterFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static long _nextIngest = 95_000;
    private LoopbackReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await LoopbackReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task ManyFiles_GoSeveralToARequest_EachDeliveredOnce_WithItsOwnRows()
    {
        var (subscription, ids) = await EnqueueAsync(files: 30, maxBatch: 8);

        await DeliveredAsync(subscription.Id, ids.Count);

        var requests = _receiver.Bodies;
        Assert.True(requests.Count < ids.Count, $"{requests.Count} requests for {ids.Count} events");
        var carried = requests.SelectMany(r => EntryIds(r.Body)).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), carried.Order(StringComparer.Ordinal)); // every event, once
        Assert.All(requests, r =>
        {
            var entries = EntryIds(r.Body);
            Assert.InRange(entries.Count, 1, 8);
            Assert.Equal($"batch_{entries[0]}_{entries.Count}", r.EventId);
        });
        Assert.Equal(ids.Count, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM lg_webhook_attempts WHERE subscription_id = '{subscription.Id}' AND status_code = 200"));
    }

    [Fact]
    public async Task ARefusedBatch_IsSplit_TheGoodEventsDelivered_TheBadOneRetriedAlone()
    {
        var poison = $"evt_{_nextIngest + 3}_1"; // the third file's event
        _receiver.Answer = body => body.Contains(poison, StringComparison.Ordinal) ? 400 : 200;
        var (subscription, ids) = await EnqueueAsync(files: 5, maxBatch: 10);

        await DeliveredAsync(subscription.Id, ids.Count - 1);

        var row = $"FROM lg_webhook_deliveries WHERE subscription_id = '{subscription.Id}'";
        var poisonRow = await Eventually.GetAsync(
            () => fixture.Database.ScalarAsync<int>($"SELECT attempts {row} AND event_id = '{poison}'"), n => n >= 2, Wait, "the bad event tried alone");
        Assert.Equal(2, poisonRow);
        Assert.Equal("pending", await fixture.Database.ScalarAsync<string>($"SELECT status {row} AND event_id = '{poison}'"));
        // Alone, the bad event was refused again and now waits for its schedule's next delay, like any failed event.
        var aloneTries = _receiver.Bodies.Where(r => EntryIds(r.Body) is [var only] && only == poison).ToList();
        Assert.Single(aloneTries);
        // Those that rode with it were refused once and then delivered alone; any other went through at the first try.
        var refusedWithIt = _receiver.Bodies.Select(r => EntryIds(r.Body)).Where(e => e.Count > 1 && e.Contains(poison)).SelectMany(e => e).ToHashSet();
        Assert.True(refusedWithIt.Count > 1, "the bad event rode in a batch with others");
        foreach (var id in ids.Where(i => i != poison))
        {
            Assert.Equal(refusedWithIt.Contains(id) ? 2 : 1, await fixture.Database.ScalarAsync<int>($"SELECT attempts {row} AND event_id = '{id}'"));
        }
    }

    private async Task<(WebhookSubscription Subscription, List<string> EventIds)> EnqueueAsync(int files, int maxBatch)
    {
        var subscription = await Registry.CreateAsync(new SubscriptionDraft(_receiver.Url, [], "batch test", maxBatch));
        Assert.Equal(maxBatch, subscription.MaxBatch);
        var events = new List<FileEvent>();
        for (var i = 0; i < files; i++)
        {
            var ingest = Interlocked.Increment(ref _nextIngest);
            events.Add(new FileEvent($"evt_{ingest}_1", FileEventTypes.Processed, ingest, 1, fixture.Clock.GetUtcNow(),
                $"{{\"type\":\"file.processed\",\"ingest_id\":{ingest}}}"));
        }

        await Dispatcher(subscription.Id).EnqueueAsync(events, subscription.Version);
        return (subscription, [.. events.Select(e => e.EventId)]);
    }

    private Task<long> DeliveredAsync(string subscriptionId, int count) =>
        Eventually.GetAsync(
            () => fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_webhook_deliveries WHERE subscription_id = '{subscriptionId}' AND status = 'delivered'"),
            n => n >= count, Wait, $"{count} deliveries delivered");

    private static List<string> EntryIds(string body)
    {
        using var doc = JsonDocument.Parse(body);
        return [.. doc.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private IWebhookRegistryGrain Registry => fixture.Client.GetGrain<IWebhookRegistryGrain>(0);

    private IWebhookDispatcherGrain Dispatcher(string id) => fixture.Client.GetGrain<IWebhookDispatcherGrain>(id);
}
