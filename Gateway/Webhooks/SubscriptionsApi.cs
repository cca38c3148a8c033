using LaserGrains.Gateway.Auth.Access;
using LaserGrains.Gateway.Auth.Audit;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Shared.Webhooks;
using LaserGrains.Shared.Webhooks.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Webhooks;

/// <summary>Managing webhook subscriptions: create (secret shown once), list, get, update, disable/enable, delete, rotate.</summary>
public static class SubscriptionsApi
{
    /// <summary>How long an old secret keeps signing after a rotation when the request does not say.</summary>
    private static readonly TimeSpan DefaultGrace = TimeSpan.FromHours(24);

    public static RouteGroupBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks/subscriptions").WithTags("Webhooks");
        group.MapPost("", CreateAsync).WithSummary("Creates a subscription; the answer carries its signing secret, shown only this once.").ProducesProblem(400);
        group.MapGet("", ListAsync).WithSummary("Every subscription, oldest first (no secrets).");
        group.MapGet("/{id}", GetAsync).WithSummary("One subscription (no secret).").ProducesProblem(404);
        group.MapPut("/{id}", UpdateAsync).WithSummary("Replaces url, event_types, description and max_batch.").ProducesProblem(400).ProducesProblem(404);
        group.MapPost("/{id}/disable", DisableAsync).WithSummary("Stops deliveries; queued ones wait until it is enabled again.").ProducesProblem(404);
        group.MapPost("/{id}/enable", EnableAsync).WithSummary("Resumes deliveries, including those that waited.").ProducesProblem(404);
        group.MapDelete("/{id}", DeleteAsync).WithSummary("Deletes a subscription and cancels its pending deliveries.").ProducesProblem(404);
        group.MapPost("/{id}/rotate-secret", RotateAsync)
            .WithSummary("New secret (shown once); the old one keeps signing beside it for grace_seconds (default 24 h).").ProducesProblem(400).ProducesProblem(404);
        group.MapGet("/{id}/secret", SecretAsync)
            .WithSummary("Admins only, audited: the secret of the subscription created from WEBHOOK_URL, which nobody saw created; 403 for others.").ProducesProblem(403).ProducesProblem(404);
        group.MapGet("/{id}/status", StatusAsync).WithSummary("The dispatcher's view: queued, in flight, failing since.").ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Created<SubscriptionJson>, ProblemHttpResult>> CreateAsync(
        SubscriptionRequest request, IClusterClient client, WebhookTargets targets, CancellationToken ct)
    {
        var draft = request.ToDraft();
        if (SubscriptionRules.Problem(draft) is { } problem) return Invalid(problem);
        if (await targets.ProblemAsync(draft.Url, ct) is { } refused) return Invalid(refused);
        var created = await Registry(client).CreateAsync(draft);
        return TypedResults.Created($"/webhooks/subscriptions/{created.Id}", SubscriptionJson.From(created, withSecret: true));
    }

    internal static async Task<Ok<IReadOnlyList<SubscriptionJson>>> ListAsync(IClusterClient client) =>
        TypedResults.Ok<IReadOnlyList<SubscriptionJson>>([.. (await Registry(client).ListAsync()).Select(s => SubscriptionJson.From(s))]);

    internal static async Task<Results<Ok<SubscriptionJson>, ProblemHttpResult>> GetAsync(string id, IClusterClient client) =>
        Found(id, await Registry(client).GetAsync(id));

    internal static async Task<Results<Ok<SubscriptionJson>, ProblemHttpResult>> UpdateAsync(
        string id, SubscriptionRequest request, IClusterClient client, WebhookTargets targets, CancellationToken ct)
    {
        var draft = request.ToDraft();
        if (SubscriptionRules.Problem(draft) is { } problem) return Invalid(problem);
        if (await targets.ProblemAsync(draft.Url, ct) is { } refused) return Invalid(refused);
        return Found(id, await Registry(client).UpdateAsync(id, draft));
    }

    internal static async Task<Results<Ok<SubscriptionJson>, ProblemHttpResult>> DisableAsync(string id, IClusterClient client, DisableRequest? request = null) =>
        Found(id, await Registry(client).SetEnabledAsync(id, false, request?.Reason ?? "Disabled by an operator."));

    internal static async Task<Results<Ok<SubscriptionJson>, ProblemHttpResult>> EnableAsync(string id, IClusterClient client) =>
        Found(id, await Registry(client).SetEnabledAsync(id, true, null));

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IClusterClient client) =>
        await Registry(client).DeleteAsync(id) ? TypedResults.NoContent() : Unknown(id);

    internal static async Task<Results<Ok<SubscriptionJson>, ProblemHttpResult>> RotateAsync(string id, IClusterClient client, double? grace_seconds = null)
    {
        if (grace_seconds is < 0 or > 30 * 86_400) return Invalid("grace_seconds must be between 0 and 2592000 (30 days).");
        var grace = grace_seconds is { } s ? TimeSpan.FromSeconds(s) : DefaultGrace;
        return await Registry(client).RotateSecretAsync(id, grace) is { } rotated
            ? TypedResults.Ok(SubscriptionJson.From(rotated, withSecret: true))
            : Unknown(id);
    }

    internal static async Task<Results<Ok<SecretJson>, ProblemHttpResult>> SecretAsync(string id, IClusterClient client, HttpContext context, IAuditLog audit)
    {
        var subscription = await Registry(client).GetAsync(id);
        var readable = subscription?.FromSettings == true;
        // A read, yet audited like a change (admins only, AccessRules): who read which secret, from where.
        await audit.WriteAsync(Actor.Of(context.User), "GET /webhooks/subscriptions/{id}/secret", $"id={id}",
            subscription is null ? 404 : readable ? 200 : 403, context.Connection.RemoteIpAddress?.ToString(), null, CancellationToken.None);
        if (subscription is null) return Unknown(id);
        return readable
            ? TypedResults.Ok(new SecretJson(id, subscription.CurrentSecret))
            : TypedResults.Problem(title: "Secret not readable", detail: "Secrets are shown once, on creation or rotation; rotate to get a new one.", statusCode: 403);
    }

    internal static async Task<Results<Ok<DispatcherStatus>, ProblemHttpResult>> StatusAsync(string id, IClusterClient client) =>
        await Registry(client).GetAsync(id) is null ? Unknown(id) : TypedResults.Ok(await client.GetGrain<IWebhookDispatcherGrain>(id).GetStatusAsync());

    internal static IWebhookRegistryGrain Registry(IClusterClient client) => client.GetGrain<IWebhookRegistryGrain>(0);

    internal static ProblemHttpResult Unknown(string id) =>
        TypedResults.Problem(title: "Unknown subscription", detail: $"No webhook subscription has id '{id}'.", statusCode: 404);

    private static Results<Ok<SubscriptionJson>, ProblemHttpResult> Found(string id, WebhookSubscription? subscription) =>
        subscription is null ? Unknown(id) : TypedResults.Ok(SubscriptionJson.From(subscription));

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(title: "Invalid subscription", detail: detail, statusCode: 400);
}
