using LaserGrains.Grains.Interfaces.Webhooks;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LaserGrains.Gateway.Webhooks;

/// <summary>Dead letters, replays and the attempt log, per subscription and per file.</summary>
public static class DeliveriesApi
{
    private const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks/subscriptions/{id}").WithTags("Webhooks");
        group.MapGet("/dead-letters", DeadLettersAsync).WithSummary("Dead-lettered deliveries, oldest first, paged by cursor.").ProducesProblem(400).ProducesProblem(404);
        group.MapPost("/dead-letters/{eventId}/replay", ReplayOneAsync)
            .WithSummary("Queues one dead-lettered (or delivered) event again with a fresh schedule.").ProducesProblem(404);
        group.MapPost("/replay", ReplaySinceAsync)
            .WithSummary("Queues again every delivery dead-lettered at or after 'since' (ISO 8601), however many.").ProducesProblem(400).ProducesProblem(404);
        group.MapGet("/attempts", AttemptsAsync)
            .WithSummary("Every HTTP attempt, newest first, paged by cursor; filters status (succeeded or failed) and event_type (the delivery's event type).").ProducesProblem(400).ProducesProblem(404);
        app.MapGet("/files/{id:long}/deliveries", FileAsync).WithTags("Webhooks", "Files")
            .WithSummary("Every webhook delivery of one file and every attempt made for it.");
        app.MapTestEventApi();
        return app;
    }

    internal static async Task<Results<Ok<PageJson<DeliveryJson>>, ProblemHttpResult>> DeadLettersAsync(
        string id, IClusterClient client, string? cursor = null, int limit = 100)
    {
        DeadLetterPosition? after;
        try
        {
            after = DeliveryCursor.DeadLetter(cursor);
        }
        catch (FormatException ex)
        {
            return InvalidCursor(ex);
        }

        if (await Check(id, client, limit) is { } problem) return problem;
        var page = await Log(client).DeadLettersAsync(id, after, limit);
        return TypedResults.Ok(new PageJson<DeliveryJson>([.. page.Items.Select(DeliveryJson.From)], page.Next is { } n ? DeliveryCursor.Encode(n) : null));
    }

    internal static async Task<Results<Accepted<ReplayJson>, ProblemHttpResult>> ReplayOneAsync(string id, string eventId, IClusterClient client)
    {
        if (await Check(id, client, 1) is { } problem) return problem;
        return await client.GetGrain<IWebhookDispatcherGrain>(id).ReplayAsync(eventId)
            ? TypedResults.Accepted((string?)null, new ReplayJson(id, 1))
            : TypedResults.Problem(title: "Nothing to replay", detail: $"Event '{eventId}' is not a finished delivery of subscription '{id}'.", statusCode: 404);
    }

    internal static async Task<Results<Accepted<ReplayJson>, ProblemHttpResult>> ReplaySinceAsync(string id, DateTimeOffset? since, IClusterClient client)
    {
        if (since is null) return TypedResults.Problem(title: "Missing since", detail: "Give ?since= as an ISO 8601 time.", statusCode: 400);
        if (await Check(id, client, 1) is { } problem) return problem;
        var count = await client.GetGrain<IWebhookDispatcherGrain>(id).ReplayFailedSinceAsync(since.Value.ToUniversalTime());
        return TypedResults.Accepted((string?)null, new ReplayJson(id, count));
    }

    internal static async Task<Results<Ok<PageJson<AttemptJson>>, ProblemHttpResult>> AttemptsAsync(
        string id, IClusterClient client, string? cursor = null, int limit = 100,
        [Description("succeeded or failed; absent: both")] string? status = null,
        [FromQuery(Name = "event_type"), Description("file.ingested, file.processed, file.failed, file.re_extracted, file.deleted or webhook.test; absent: any")]
        string? eventType = null)
    {
        if (AttemptFilters.Parse(status, eventType) is not { } filter) return AttemptFilters.Invalid(status, eventType);
        long? before;
        try
        {
            before = DeliveryCursor.Attempt(cursor);
        }
        catch (FormatException ex)
        {
            return InvalidCursor(ex);
        }

        if (await Check(id, client, limit) is { } problem) return problem;
        var page = await Log(client).AttemptsAsync(id, filter, before, limit);
        return TypedResults.Ok(new PageJson<AttemptJson>([.. page.Items.Select(AttemptJson.From)], page.NextBefore is { } n ? DeliveryCursor.Encode(n) : null));
    }

    internal static async Task<Ok<FileDeliveriesJson>> FileAsync(long id, IClusterClient client) =>
        TypedResults.Ok(FileDeliveriesJson.From(await Log(client).ForFileAsync(id)));

    private static IWebhookDeliveryLogGrain Log(IClusterClient client) => client.GetGrain<IWebhookDeliveryLogGrain>(0);

    private static ProblemHttpResult InvalidCursor(FormatException ex) =>
        TypedResults.Problem(title: "Invalid cursor", detail: ex.Message, statusCode: 400);

    private static async Task<ProblemHttpResult?> Check(string id, IClusterClient client, int limit)
    {
        if (limit is < 1 or > MaxLimit) return TypedResults.Problem(title: "Invalid paging", detail: $"limit must be between 1 and {MaxLimit}.", statusCode: 400);
        return await SubscriptionsApi.Registry(client).GetAsync(id) is null ? SubscriptionsApi.Unknown(id) : null;
    }
}
