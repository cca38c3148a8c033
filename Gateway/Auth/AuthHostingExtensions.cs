using LaserGrains.Shared.Auth;
using LaserGrains.Gateway.Auth.Access;
using LaserGrains.Gateway.Auth.Audit;
using LaserGrains.Gateway.Auth.Keys;
using LaserGrains.Gateway.Auth.Links;
using LaserGrains.Gateway.Auth.Pages;
using LaserGrains.Gateway.Auth.Users;
using LaserGrains.Shared.Secrets;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LaserGrains.Gateway.Auth;

/// <summary>Access control of the gateway: API keys, upload links and cookie sessions, the role policies, the audit log.</summary>
public static class AuthHostingExtensions
{
    public const string Scheme = "lasergrains";
    public const string KeyScheme = "api-key";
    public const string LinkScheme = "upload-link";

    public static IServiceCollection AddLaserGrainsAuth(this IServiceCollection services)
    {
        services.AddSingleton<IApiKeyStore, PostgresApiKeyStore>();
        services.AddSingleton<IAccountStore, PostgresAccountStore>();
        services.AddSingleton<IUploadLinkStore, PostgresUploadLinkStore>();
        services.AddSingleton<PostgresAuditLog>();
        services.AddSingleton<IAuditLog, BatchingAuditLog>(); // concurrent requests share one INSERT
        services.AddSingleton<AccountService>();
        services.AddSingleton(typeof(ShortCache<>));
        // One key ring for every gateway and silo, in PostgreSQL: a session or form token from one gateway is good on all.
        services.AddLaserGrainsDataProtection();
        services.AddAntiforgery(o => { o.Cookie.Name = "lg_antiforgery"; o.HeaderName = SessionRequestGuard.HeaderName; });
        services.AddAuthorization(Policies.Configure);
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key, upload link or session", o => o.ForwardDefaultSelector = SchemeOf)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(KeyScheme, null)
            .AddScheme<AuthenticationSchemeOptions, UploadLinkAuthenticationHandler>(LinkScheme, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "lg_session";
                o.Cookie.HttpOnly = true;
                // Strict: no other site can make a browser send the session, so API calls with it cannot be forged.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.ReturnUrlParameter = "returnUrl";
                o.Events.OnValidatePrincipal = Sessions.ValidateAsync;
                o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
            });
        return services;
    }

    /// <summary>Authentication, the sessions' antiforgery check, the audit log (so refused attempts of known callers are recorded too), authorization.</summary>
    public static IApplicationBuilder UseLaserGrainsAuth(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseMiddleware<SessionRequestGuard>();
        app.UseMiddleware<AuditMiddleware>();
        // After authentication (a key, person or link is limited as itself), before authorization (floods of 401s count too).
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapLaserGrainsAuth(this IEndpointRouteBuilder app)
    {
        app.MapLoginPage();
        app.MapPasswordPage();
        app.MapKeysPage();
        app.MapAuditPage();
        app.MapApiKeysApi();
        app.MapUsersApi();
        app.MapUploadLinksApi();
        app.MapLinkHolderApi();
        app.MapAuditApi();
        return app;
    }

    private static string SchemeOf(HttpContext context)
    {
        if (SecretToken.FromHeader(context.Request, SecretToken.LinkMark) is not null) return LinkScheme;
        return context.Request.Headers.Authorization.Count > 0 ? KeyScheme : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    // A browser finding a page it may not see is sent to the login page; programs get the status code.
    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var wantsPage = context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (wantsPage && status == StatusCodes.Status401Unauthorized) context.Response.Redirect(context.RedirectUri);
        else context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
