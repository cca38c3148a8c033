using LaserGrains.Shared.Auth;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Auth.Links;

/// <summary>Authenticates <c>Authorization: Bearer lgu_…</c>: an upload link's holder, with no staff role.</summary>
public sealed class UploadLinkAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IUploadLinkStore store,
    ShortCache<UploadLink> cache,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (SecretToken.FromHeader(Request, SecretToken.LinkMark) is not { } token) return AuthenticateResult.NoResult();
        var hash = SecretToken.Hash(token);
        var link = await cache.GetAsync(Convert.ToHexString(hash), () => store.FindActiveAsync(hash, time.GetUtcNow(), Context.RequestAborted));
        if (link is null || link.ExpiresAt <= time.GetUtcNow()) return AuthenticateResult.Fail("Unknown, expired or revoked upload link.");

        var id = link.Id.ToString(CultureInfo.InvariantCulture);
        Claim[] claims = [new(ClaimTypes.Name, "link " + id), new(Policies.LinkClaim, id), new(Policies.ActorClaim, $"link:{id} ({link.Prefix}…)")];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
