using System.Diagnostics;

namespace LaserGrains.Shared.Telemetry;

/// <summary>W3C trace context as text (<c>00-{trace id}-{span id}-{flags}</c>), the form a file keeps and a webhook request carries.</summary>
public static class TraceContext
{
    /// <summary>The current activity's traceparent when it is a W3C one; otherwise a new trace's, so every file has a trace of its own.</summary>
    public static string CurrentOrNew() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id } ? id : Format(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());

    public static string Format(ActivityTraceId traceId, ActivitySpanId spanId, bool sampled = true) =>
        $"00-{traceId.ToHexString()}-{spanId.ToHexString()}-{(sampled ? "01" : "00")}";

    /// <summary>The context a traceparent names; default (invalid) when the text is missing or malformed.</summary>
    public static ActivityContext Parse(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var context) ? context : default;

    /// <summary>The 32 hex digits of a traceparent's trace id; null when there is none.</summary>
    public static string? TraceIdOf(string? traceParent) => Parse(traceParent) is { TraceId: var id } c && c != default ? id.ToHexString() : null;

    /// <summary>Whether <paramref name="text"/> is 32 lower-case hex digits and not all zero (a W3C trace id).</summary>
    public static bool IsTraceId(string? text) =>
        text is { Length: 32 } && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f') && text.Any(c => c != '0');
}
