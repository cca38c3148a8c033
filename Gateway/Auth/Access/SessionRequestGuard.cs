using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LaserGrains.Gateway.Auth.Access;

/// <summary>A changing request made with a session cookie must carry the page's antiforgery token (form field or header).</summary>
/// <remarks>
/// Keys and links are sent by programs, never by a browser on its own, so they need none. The UI's htmx requests and
/// upload script send the token as header <c>RequestVerificationToken</c>; a multipart upload without it is refused
/// before its body is read, so the check never buffers an upload.
/// </remarks>
public sealed class SessionRequestGuard(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "RequestVerificationToken";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (NeedsToken(context) && !await ValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(
                new { title = "Missing antiforgery token", status = 400, detail = "Reload the page and try again." },
                options: null, contentType: "application/problem+json", cancellationToken: context.RequestAborted);
            return;
        }

        await next(context);
    }

    private static bool NeedsToken(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme };

    private async Task<bool> ValidAsync(HttpContext context)
    {
        var hasHeader = context.Request.Headers.ContainsKey(HeaderName);
        if (!hasHeader && !context.Request.HasFormContentType) return false;
        if (!hasHeader && context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true) return false;
        return await antiforgery.IsRequestValidAsync(context);
    }
}
