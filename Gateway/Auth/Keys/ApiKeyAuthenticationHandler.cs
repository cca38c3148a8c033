using LaserGrains.Shared.Auth;
using System.Security.Claims;
using System.Text.Encodings.Web;
using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Auth.Keys;

/// <summary>Authenticates <c>Authorization: Bearer lg_…</c> against lg_api_keys (through a short cache) and records its last use.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore store,
    ShortCache<ApiKey> cache,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (SecretToken.FromHeader(Request, SecretToken.KeyMark) is not { } token) return AuthenticateResult.NoResult();
        var hash = SecretToken.Hash(token);
        var key = await cache.GetAsync(Convert.ToHexString(hash), async () =>
        {
            var found = await store.FindActiveAsync(hash, Context.RequestAborted);
            // Written when the cache reloads, so at most once per cache lifetime per key.
            if (found is not null) await store.TouchAsync(found.Id, time.GetUtcNow(), Context.RequestAborted);
            return found;
        });
        if (key is null) return AuthenticateResult.Fail("Unknown or revoked API key.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, key.Name),
            new(Policies.ActorClaim, $"key:{key.Name} ({key.Prefix}…)"),
        };
        claims.AddRange(RoleNames.Implied(key.Role).Select(r => new Claim(ClaimTypes.Role, r)));
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
