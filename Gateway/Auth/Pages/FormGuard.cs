using Microsoft.AspNetCore.Antiforgery;

namespace LaserGrains.Gateway.Auth.Pages;

/// <summary>The antiforgery token of the account pages' forms: written into each form, checked on each post.</summary>
public static class FormGuard
{
    public static string Field(HttpContext http, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{HtmlPage.Encode(tokens.FormFieldName)}\" value=\"{HtmlPage.Encode(tokens.RequestToken)}\">";
    }

    public static async Task<bool> ValidAsync(HttpContext http, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        return http.Request.HasFormContentType && await antiforgery.IsRequestValidAsync(http);
    }
}
