using System.Globalization;
using System.Threading.RateLimiting;
using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Hardening;

/// <summary>ASP.NET Core's rate limiter, one fixed window per caller; a refusal is 429 with Retry-After and a problem body.</summary>
public static class RateLimits
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddLaserGrainsRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c => Partition(c, limits.Value));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// The partition key: the identity authentication set (actor claim), else the remote address; health probes are not
    /// limited. Signed deliveries to the Laser OS receiver (which takes no key) count apart, per sending address, at the
    /// identity limit: a silo sends two per file, far past the anonymous limit.
    /// </summary>
    public static string? CallerOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/health")) return null;
        if (IsReceiverPath(context.Request.Path) && context.Request.Headers.ContainsKey("webhook-signature"))
        {
            return "receiver:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        }

        return context.User.Identity?.IsAuthenticated == true
            ? Actor.Of(context.User)
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static bool IsReceiverPath(PathString path) =>
        path.StartsWithSegments("/webhooks/module-n/event") || path.StartsWithSegments("/webhooks/module-n/events");

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        var caller = CallerOf(context);
        if (caller is null) return RateLimitPartition.GetNoLimiter("health");
        var permits = caller.StartsWith("address:", StringComparison.Ordinal) ? limits.AnonymousPerMinute : limits.PerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = rejected.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(title: "Too many requests",
            detail: $"This caller made more requests in the last minute than allowed; retry in {seconds} s.", statusCode: 429).ExecuteAsync(http);
    }
}
