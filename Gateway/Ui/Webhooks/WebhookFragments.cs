using System.Globalization;
using System.Net;
using LaserGrains.Gateway.Ui.Shell;
using LaserGrains.Gateway.Webhooks;
using LaserGrains.Shared.Webhooks.Targets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Ui.Webhooks;

/// <summary>Subscription actions from the pages, each through the API's own handler so validation and effects are the same.</summary>
public static class WebhookFragments
{
    public static RouteGroupBuilder MapWebhookFragments(this RouteGroupBuilder group)
    {
        var g = group.MapGroup("/webhooks/subscriptions").DisableAntiforgery();
        g.MapPost("", CreateAsync);
        g.MapPost("/{id}/disable", async (string id, HttpContext http, IClusterClient c) => Refresh(http, (await SubscriptionsApi.DisableAsync(id, c)).Result));
        g.MapPost("/{id}/enable", async (string id, HttpContext http, IClusterClient c) => Refresh(http, (await SubscriptionsApi.EnableAsync(id, c)).Result));
        g.MapPost("/{id}/delete", async (string id, HttpContext http, IClusterClient c) =>
        {
            if ((await SubscriptionsApi.DeleteAsync(id, c)).Result is ProblemHttpResult p) return Problem(p);
            http.Response.Headers["HX-Redirect"] = "/subscriptions";
            return Html.Text("Deleted.");
        });
        g.MapPost("/{id}/rotate", RotateAsync);
        g.MapPost("/{id}/dead-letters/{eventId}/replay", async (string id, string eventId, IClusterClient c) =>
            (await DeliveriesApi.ReplayOneAsync(id, eventId, c)).Result is ProblemHttpResult p ? Problem(p) : Html.Text("Queued again."));
        g.MapPost("/{id}/replay-since", ReplaySinceAsync);
        g.MapPost("/{id}/test", async (string id, IClusterClient c, TimeProvider t) =>
            (await TestEventApi.SendAsync(id, c, t)).Result is Accepted<TestEventJson> { Value: { } sent }
                ? Html.Text($"Test event {sent.EventId} queued; it shows in the attempt log once sent.")
                : Html.Text($"No subscription {id}.", error: true));
        return group;
    }

    internal static async Task<ContentHttpResult> CreateAsync(HttpRequest request, IClusterClient client, WebhookTargets targets)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var body = new SubscriptionRequest(form["url"].FirstOrDefault(), [.. form["event_types"].OfType<string>()], form["description"].FirstOrDefault());
        var answer = (await SubscriptionsApi.CreateAsync(body, client, targets, request.HttpContext.RequestAborted)).Result;
        return answer is Created<SubscriptionJson> { Value: { } created }
            ? Secret(created, $"Created <a href=\"/subscriptions/{WebUtility.HtmlEncode(created.Id)}\">{WebUtility.HtmlEncode(created.Id)}</a>.")
            : Problem((ProblemHttpResult)answer);
    }

    internal static async Task<ContentHttpResult> RotateAsync(string id, IClusterClient client)
    {
        var answer = (await SubscriptionsApi.RotateAsync(id, client)).Result;
        return answer is Ok<SubscriptionJson> { Value: { } rotated }
            ? Secret(rotated, "New secret; the old one keeps signing for 24 hours.")
            : Problem((ProblemHttpResult)answer);
    }

    internal static async Task<ContentHttpResult> ReplaySinceAsync(string id, HttpRequest request, IClusterClient client)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (!DateTimeOffset.TryParse(form["since"].FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            return Html.Text("Give the time to replay from.", error: true);
        }

        return (await DeliveriesApi.ReplaySinceAsync(id, since, client)).Result switch
        {
            Accepted<ReplayJson> { Value: { } r } => Html.Text($"{r.Replayed} delivery(ies) queued again."),
            var other => Problem((ProblemHttpResult)other),
        };
    }

    /// <summary>The secret is shown here once; no page can show it again.</summary>
    private static ContentHttpResult Secret(SubscriptionJson s, string htmlIntro) => TypedResults.Content(
        $"<p>{htmlIntro} Copy the signing secret now; it is not shown again:</p><p class=\"secret\" data-secret>{WebUtility.HtmlEncode(s.Secret)}</p>",
        "text/html; charset=utf-8");

    private static ContentHttpResult Refresh(HttpContext http, IResult result)
    {
        if (result is ProblemHttpResult p) return Problem(p);
        http.Response.Headers["HX-Refresh"] = "true";
        return Html.Text("Done.");
    }

    private static ContentHttpResult Problem(ProblemHttpResult p) => Html.Text(p.ProblemDetails.Detail ?? p.ProblemDetails.Title ?? "Refused.", error: true);
}
