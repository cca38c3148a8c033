using System.Globalization;
using System.Text.Json.Nodes;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Webhooks;

/// <summary>POST /webhooks/subscriptions/{id}/test: queues a signed "webhook.test" event for one subscription, to check its endpoint.</summary>
public static class TestEventApi
{
    /// <summary>Test events belong to no file: they queue under ingest id 0, in the order they were sent.</summary>
    public const string EventType = "webhook.test";

    public static IEndpointRouteBuilder MapTestEventApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/subscriptions/{id}/test", SendAsync).WithTags("Webhooks")
            .WithSummary("Queues a signed webhook.test event (ingest_id 0) for this subscription only; it is delivered, retried and logged like any event.")
            .ProducesProblem(404);
        return app;
    }

    internal static async Task<Results<Accepted<TestEventJson>, ProblemHttpResult>> SendAsync(string id, IClusterClient client, TimeProvider time)
    {
        if (await SubscriptionsApi.Registry(client).GetAsync(id) is not { } subscription) return SubscriptionsApi.Unknown(id);
        var now = time.GetUtcNow();
        var sequence = now.ToUnixTimeMilliseconds();
        var eventId = $"evt_test_{sequence}";
        var body = new JsonObject
        {
            ["event_id"] = eventId,
            ["event_type"] = EventType,
            ["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["ingest_id"] = 0,
            ["sequence"] = sequence,
            ["data"] = new JsonObject { ["subscription_id"] = id, ["message"] = "A test event sent from LaserGrains." },
        };
        await client.GetGrain<IWebhookDispatcherGrain>(id).EnqueueAsync([new FileEvent(eventId, EventType, 0, sequence, now, body.ToJsonString())], subscription.Version);
        return TypedResults.Accepted($"/webhooks/subscriptions/{id}/attempts", new TestEventJson(id, eventId));
    }
}

/// <summary>The answer to a test event: which event to look for in the attempt log.</summary>
public sealed record TestEventJson(string SubscriptionId, string EventId);
