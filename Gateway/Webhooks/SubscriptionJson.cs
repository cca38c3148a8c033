using LaserGrains.Grains.Interfaces.Webhooks;

namespace LaserGrains.Gateway.Webhooks;

/// <summary>A subscription as the API shows it; the secret only in the answers to create and rotate.</summary>
public sealed record SubscriptionJson(
    string Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool FromSettings,
    int SigningKeys,
    int? MaxBatch,
    string? Secret = null)
{
    public static SubscriptionJson From(WebhookSubscription s, bool withSecret = false) =>
        new(s.Id, s.Url, s.EventTypes, s.Description, s.Enabled, s.DisabledReason, s.CreatedAt, s.UpdatedAt, s.FromSettings,
            s.Keys.Count, s.MaxBatch, withSecret ? s.CurrentSecret : null);
}

/// <summary>
/// The body of create and update: url, event_types (empty or absent = all), description, max_batch (absent: one event a
/// request; 1–100: up to that many in the batch envelope, docs/WEBHOOKS.md).
/// </summary>
public sealed record SubscriptionRequest(string? Url, IReadOnlyList<string>? EventTypes, string? Description, int? MaxBatch = null)
{
    public SubscriptionDraft ToDraft() => new(Url ?? "", EventTypes ?? [], Description, MaxBatch);
}

/// <summary>Optional body of disable: why.</summary>
public sealed record DisableRequest(string? Reason);

/// <summary>The secret of a subscription created from settings, for the operator who set WEBHOOK_URL without WEBHOOK_SECRET.</summary>
public sealed record SecretJson(string Id, string Secret);

/// <summary>The answer to a replay: how many deliveries went back into the queue.</summary>
public sealed record ReplayJson(string SubscriptionId, long Replayed);
