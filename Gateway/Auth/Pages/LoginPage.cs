using LaserGrains.Gateway.Auth.Audit;
using LaserGrains.Gateway.Auth.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LaserGrains.Gateway.Auth.Pages;

/// <summary>GET/POST /login and POST /logout: the staff session, with an antiforgery token on the form and every attempt audited.</summary>
public static class LoginPage
{
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", Show).WithTags("Account").WithSummary("The login page (HTML).");
        app.MapPost("/login", LoginAsync).WithTags("Account").DisableAntiforgery()
            .WithSummary("Logs in from the login form (checks its antiforgery token); locks the account after repeated failures.");
        app.MapPost("/logout", LogoutAsync).WithTags("Account").DisableAntiforgery().WithSummary("Ends the session and returns to the login page.");
        return app;
    }

    internal static IResult Show(HttpContext http, IAntiforgery antiforgery, string? returnUrl = null) =>
        Form(http, antiforgery, returnUrl, null, StatusCodes.Status200OK);

    internal static async Task<IResult> LoginAsync(HttpContext http, IAntiforgery antiforgery, AccountService accounts, IAuditLog audit)
    {
        if (!await FormGuard.ValidAsync(http, antiforgery)) return Form(http, antiforgery, null, "The form expired; try again.", 400);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["user_name"].ToString().Trim();
        var returnUrl = LocalOnly(form["return_url"].ToString());
        var result = await accounts.LoginAsync(name, form["password"].ToString(), http.RequestAborted);
        var actor = "user:" + (name.Length > 100 ? name[..100] : name);
        var remote = http.Connection.RemoteIpAddress?.ToString();
        if (result.Outcome != LoginOutcome.Success)
        {
            var locked = result.Outcome == LoginOutcome.Locked;
            await audit.WriteAsync(actor, locked ? "login.locked" : "login.failed", null, 401, remote, null, http.RequestAborted);
            var message = locked ? "This account is locked for a while after repeated failed logins." : "User name or password is not right.";
            return Form(http, antiforgery, returnUrl, message, StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Sessions.Principal(result.Account!));
        await audit.WriteAsync(actor, "login", null, 302, remote, null, http.RequestAborted);
        return TypedResults.Redirect(returnUrl);
    }

    internal static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await FormGuard.ValidAsync(http, antiforgery)) return TypedResults.BadRequest();
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/login");
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status) =>
        HtmlPage.Render("Log in", $"""
            {HtmlPage.Error(error)}
            <form method="post" action="/login">
            {FormGuard.Field(http, antiforgery)}
            <input type="hidden" name="return_url" value="{HtmlPage.Encode(LocalOnly(returnUrl))}">
            <label for="user_name">User name</label><input id="user_name" name="user_name" autocomplete="username" required autofocus>
            <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">Log in</button>
            </form>
            """, status);

    // Only a path on this site: an absolute or protocol-relative URL would make the login an open redirect.
    private static string LocalOnly(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
