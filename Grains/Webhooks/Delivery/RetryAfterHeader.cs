using System.Net;

namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>Reads Retry-After (seconds or an HTTP date) from a 429 or 503 answer; other statuses do not ask for a pause.</summary>
public static class RetryAfterHeader
{
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)) return null;
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
