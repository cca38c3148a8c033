using LaserGrains.Grains.Interfaces.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace LaserGrains.Grains.Webhooks.Signing;

/// <summary>Turns a subscription's signing secrets into what is stored (Data Protection payloads) and back.</summary>
/// <remarks>
/// A stored secret carries <see cref="Mark"/>; one without it is a clear secret written before encryption at rest,
/// read as it is and encrypted by the registry's next write (it rewrites such state on activation).
/// </remarks>
public sealed class SecretsAtRest(IDataProtectionProvider provider)
{
    /// <summary>Prefix of an encrypted secret; a clear one starts with whsec_ instead.</summary>
    public const string Mark = "dp1:";

    private readonly IDataProtector _protector = provider.CreateProtector("LaserGrains.Webhooks.SigningSecret.v1");

    public WebhookSubscription Protect(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription with { Keys = [.. subscription.Keys.Select(k => IsProtected(k.Secret) ? k : k with { Secret = Mark + _protector.Protect(k.Secret) })] };
    }

    public WebhookSubscription Reveal(WebhookSubscription stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored with { Keys = [.. stored.Keys.Select(k => IsProtected(k.Secret) ? k with { Secret = _protector.Unprotect(k.Secret[Mark.Length..]) } : k)] };
    }

    /// <summary>True when any secret of <paramref name="stored"/> is still in clear.</summary>
    public static bool HasClear(WebhookSubscription stored) => stored?.Keys.Any(k => !IsProtected(k.Secret)) ?? false;

    private static bool IsProtected(string secret) => secret.StartsWith(Mark, StringComparison.Ordinal);
}
