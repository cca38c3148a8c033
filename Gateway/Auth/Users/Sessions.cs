using System.Globalization;
using System.Security.Claims;
using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LaserGrains.Gateway.Auth.Users;

/// <summary>Cookie sessions of staff accounts: the principal a login makes, and its check on every request.</summary>
public static class Sessions
{
    private const string IdClaim = "lg_uid";
    private const string StampClaim = "lg_stamp";

    public static ClaimsPrincipal Principal(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(IdClaim, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(StampClaim, account.SessionStamp.ToString()),
            new(Policies.ActorClaim, $"user:{account.UserName}"),
        };
        claims.AddRange(RoleNames.Implied(account.Role).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The account id of a session principal.</summary>
    public static long? AccountId(ClaimsPrincipal user) =>
        long.TryParse(user?.FindFirst(IdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Ends a session whose account is gone, changed its password or role (seen within the cache's lifetime).</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var store = services.GetRequiredService<IAccountStore>();
        var cache = services.GetRequiredService<ShortCache<Account>>();
        var principal = context.Principal;
        var account = principal is not null && AccountId(principal) is { } id
            ? await cache.GetAsync("u" + id.ToString(CultureInfo.InvariantCulture), () => store.FindByIdAsync(id, context.HttpContext.RequestAborted))
            : null;
        if (account is null
            || principal!.FindFirst(StampClaim)?.Value != account.SessionStamp.ToString()
            || Policies.RoleOf(principal) != account.Role)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
