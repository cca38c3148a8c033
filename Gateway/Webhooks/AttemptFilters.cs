using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Webhooks;

/// <summary>The attempt log's filters as query parameters: status (succeeded or failed) and event_type, read the same way by the API and the page.</summary>
public static class AttemptFilters
{
    /// <summary>Event types an attempt can carry: the file events and the test event.</summary>
    public static IReadOnlyList<string> EventTypes { get; } = [.. FileEventTypes.All, TestEventApi.EventType];

    /// <summary>The filter, or null when a value is not one of the allowed words (empty means absent).</summary>
    public static AttemptFilter? Parse(string? status, string? eventType)
    {
        if (status is { Length: > 0 } and not ("succeeded" or "failed")) return null;
        if (eventType is { Length: > 0 } && !EventTypes.Contains(eventType, StringComparer.Ordinal)) return null;
        return new AttemptFilter(string.IsNullOrEmpty(status) ? null : status == "succeeded", string.IsNullOrEmpty(eventType) ? null : eventType);
    }

    public static ProblemHttpResult Invalid(string? status, string? eventType) => TypedResults.Problem(
        title: "Invalid filter",
        detail: status is { Length: > 0 } and not ("succeeded" or "failed")
            ? $"status must be 'succeeded' or 'failed', not '{status}'."
            : $"event_type must be one of {string.Join(", ", EventTypes)}, not '{eventType}'.",
        statusCode: 400);
}
