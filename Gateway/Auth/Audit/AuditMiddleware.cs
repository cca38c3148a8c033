using LaserGrains.Gateway.Auth.Access;

namespace LaserGrains.Gateway.Auth.Audit;

/// <summary>Records every changing request (POST, PUT, PATCH, DELETE) that a person, key or link makes, once it is answered.</summary>
/// <remarks>
/// The action is the method and route ("DELETE /files/{id:long}"), the target its route values, the detail its query
/// string: never the body, so no file content, password, key or secret reaches the log. Logins are recorded by the login page.
/// </remarks>
public sealed partial class AuditMiddleware(RequestDelegate next, IAuditLog log, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        finally
        {
            if (Audited(context, out var pattern)) await WriteAsync(context, pattern);
        }
    }

    private static bool Audited(HttpContext context, out string pattern)
    {
        pattern = "";
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)) return false;
        if (context.GetEndpoint() is not RouteEndpoint endpoint || context.User.Identity?.IsAuthenticated != true) return false;
        pattern = (endpoint.RoutePattern.RawText ?? "/").TrimEnd('/');
        return pattern != "/login";
    }

    private async Task WriteAsync(HttpContext context, string pattern)
    {
        var values = context.Request.RouteValues.Where(v => v.Value is not null).Select(v => $"{v.Key}={v.Value}").ToList();
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        try
        {
            await log.WriteAsync(
                Actor.Of(context.User), $"{context.Request.Method} {pattern}", values.Count > 0 ? string.Join(' ', values) : null,
                context.Response.StatusCode, context.Connection.RemoteIpAddress?.ToString(), query, CancellationToken.None);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            LogFailed(logger, ex, pattern);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit row of {Pattern}")]
    private static partial void LogFailed(ILogger logger, Exception ex, string pattern);
}
