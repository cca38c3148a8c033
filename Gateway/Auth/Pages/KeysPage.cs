using System.Globalization;
using System.Text;
using LaserGrains.Gateway.Auth.Access;
using LaserGrains.Gateway.Auth.Keys;
using Microsoft.AspNetCore.Antiforgery;

namespace LaserGrains.Gateway.Auth.Pages;

/// <summary>/admin/keys: admins list, create and revoke API keys in the browser; a new key is shown once.</summary>
public static class KeysPage
{
    public static IEndpointRouteBuilder MapKeysPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/keys", ShowAsync).WithTags("Access").WithSummary("The API keys page (HTML, admins).");
        app.MapPost("/admin/keys", CreateAsync).WithTags("Access").DisableAntiforgery().WithSummary("Creates an API key from the keys page's form.");
        app.MapPost("/admin/keys/{id:long}/revoke", RevokeAsync).WithTags("Access").DisableAntiforgery().WithSummary("Revokes an API key from the keys page.");
        return app;
    }

    internal static Task<IResult> ShowAsync(HttpContext http, IAntiforgery antiforgery, IApiKeyStore keys) => PageAsync(http, antiforgery, keys, null, null);

    internal static async Task<IResult> CreateAsync(HttpContext http, IAntiforgery antiforgery, IApiKeyStore keys)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["name"].ToString().Trim();
        if (name.Length is 0 or > 100 || !RoleNames.TryParse(form["role"], out var role))
        {
            return await PageAsync(http, antiforgery, keys, "Give a name (at most 100 characters) and a role.", null);
        }

        var (_, secret) = await keys.CreateAsync(name, role, Actor.Of(http.User), http.RequestAborted);
        return await PageAsync(http, antiforgery, keys, null, secret);
    }

    internal static async Task<IResult> RevokeAsync(long id, HttpContext http, IAntiforgery antiforgery, IApiKeyStore keys, TimeProvider time)
    {
        var revoked = await keys.RevokeAsync(id, time.GetUtcNow(), http.RequestAborted);
        return await PageAsync(http, antiforgery, keys, revoked ? null : $"Key {id} is not active.", null);
    }

    private static async Task<IResult> PageAsync(HttpContext http, IAntiforgery antiforgery, IApiKeyStore keys, string? error, string? newKey)
    {
        var token = FormGuard.Field(http, antiforgery);
        var rows = new StringBuilder();
        foreach (var k in await keys.ListAsync(http.RequestAborted))
        {
            var revoke = k.RevokedAt is null
                ? $"<form method=\"post\" action=\"/admin/keys/{k.Id}/revoke\">{token}<button type=\"submit\">Revoke</button></form>"
                : "revoked " + When(k.RevokedAt);
            rows.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{HtmlPage.Encode(k.Name)}</td><td><code>{HtmlPage.Encode(k.Prefix)}…</code></td><td>{RoleNames.Name(k.Role)}</td>" +
                $"<td>{HtmlPage.Encode(k.CreatedBy)}, {When(k.CreatedAt)}</td><td>{When(k.LastUsedAt)}</td><td>{revoke}</td></tr>");
        }

        var shown = newKey is null ? "" : $"<p class=\"note\" role=\"status\">New key, shown only now: <code>{HtmlPage.Encode(newKey)}</code></p>";
        return HtmlPage.Render("API keys", $"""
            <p><a href="/">Back to LaserGrains</a></p>
            {HtmlPage.Error(error)}{shown}
            <table><thead><tr><th>name</th><th>prefix</th><th>role</th><th>created</th><th>last used</th><th></th></tr></thead>
            <tbody>{rows}</tbody></table>
            <h2>New key</h2>
            <form method="post" action="/admin/keys">{token}
            <label for="name">Name</label><input id="name" name="name" maxlength="100" required>
            <label for="role">Role</label><select id="role" name="role"><option>viewer</option><option selected>operator</option><option>admin</option></select>
            <button type="submit">Create key</button></form>
            """, wide: true);
    }

    private static string When(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never";
}
