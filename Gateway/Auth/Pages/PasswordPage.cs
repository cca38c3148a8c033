using LaserGrains.Gateway.Auth.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LaserGrains.Gateway.Auth.Pages;

/// <summary>GET/POST /account/password: a logged-in person changes their password; every other session of theirs ends.</summary>
public static class PasswordPage
{
    public static IEndpointRouteBuilder MapPasswordPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/password", Show).WithTags("Account").WithSummary("The change-password page (HTML, logged-in staff).");
        app.MapPost("/account/password", ChangeAsync).WithTags("Account").DisableAntiforgery()
            .WithSummary("Changes the logged-in person's password (form with antiforgery token).");
        return app;
    }

    internal static IResult Show(HttpContext http, IAntiforgery antiforgery) => Form(http, antiforgery, null, null, 200);

    internal static async Task<IResult> ChangeAsync(HttpContext http, IAntiforgery antiforgery, AccountService accounts, IAccountStore store)
    {
        if (!await FormGuard.ValidAsync(http, antiforgery)) return Form(http, antiforgery, "The form expired; try again.", null, 400);
        if (Sessions.AccountId(http.User) is not { } id) return Form(http, antiforgery, "Only a logged-in person (not an API key) has a password.", null, 403);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var problem = await accounts.ChangePasswordAsync(id, form["current"].ToString(), form["next"].ToString(), http.RequestAborted);
        if (problem is not null) return Form(http, antiforgery, problem, null, 400);

        // The stamp changed, so this session would end too: give it a fresh one.
        if (await store.FindByIdAsync(id, http.RequestAborted) is { } account)
        {
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Sessions.Principal(account));
        }

        return Form(http, antiforgery, null, "Password changed.", 200);
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string? error, string? note, int status) =>
        HtmlPage.Render("Change password", $"""
            {HtmlPage.Error(error)}{(note is null ? "" : $"<p class=\"note\">{HtmlPage.Encode(note)}</p>")}
            <form method="post" action="/account/password">
            {FormGuard.Field(http, antiforgery)}
            <label for="current">Current password</label><input id="current" name="current" type="password" autocomplete="current-password" required>
            <label for="next">New password (at least {AccountService.MinPasswordLength} characters)</label>
            <input id="next" name="next" type="password" autocomplete="new-password" minlength="{AccountService.MinPasswordLength}" required>
            <button type="submit">Change password</button>
            </form>
            <form method="post" action="/logout">{FormGuard.Field(http, antiforgery)}<button type="submit">Log out</button></form>
            """, status);
}
