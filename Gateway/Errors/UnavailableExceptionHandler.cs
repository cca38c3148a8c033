using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace LaserGrains.Gateway.Errors;

/// <summary>Turns any outage of PostgreSQL, grain storage or the cluster into 503 with Retry-After and a problem body.</summary>
public sealed partial class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is told to wait; a PostgreSQL restart or a silo fail-over takes about this long.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!Unavailability.Is(exception)) return false;
        LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", exception.GetType().Name);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable",
                Detail = $"The database or the cluster cannot be reached right now. Retry in {RetryAfterSeconds} s.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: {ExceptionType} (database or cluster unavailable)")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string exceptionType);
}
