using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;

namespace LaserGrains.Shared.Webhooks;

/// <summary>What makes a subscription draft acceptable; the gateway and the registry apply the same rules.</summary>
public static class SubscriptionRules
{
    public const int MaxDescriptionLength = 500;

    /// <summary>The most events one batched request may carry (max_batch); receivers refuse more.</summary>
    public const int MaxBatchLimit = 100;

    /// <summary>Null when the draft is acceptable; otherwise a sentence saying what to fix.</summary>
    public static string? Problem(SubscriptionDraft? draft)
    {
        if (draft is null) return "Send a JSON body with url and event_types.";
        if (!Uri.TryCreate(draft.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return "url must be an absolute http or https URL.";
        }

        var unknown = (draft.EventTypes ?? []).Where(t => !FileEventTypes.All.Contains(t, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return $"Unknown event types: {string.Join(", ", unknown)}. Known: {string.Join(", ", FileEventTypes.All)} (empty = all).";
        }

        if (draft.MaxBatch is < 1 or > MaxBatchLimit)
        {
            return $"max_batch must be between 1 and {MaxBatchLimit} (or absent: one event a request, the Standard Webhooks shape).";
        }

        return draft.Description is { Length: > MaxDescriptionLength } ? $"description is longer than {MaxDescriptionLength} characters." : null;
    }
}
