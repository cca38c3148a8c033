using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Grains.Webhooks.Signing;
using LaserGrains.Shared.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

/// <summary>Encrypting signing secrets for storage: round trip, clear secrets of older state read as they are, nothing encrypted twice.</summary>
public sealed class SecretsAtRestTests
{
    private static readonly SecretsAtRest Secrets = new(new EphemeralDataProtectionProvider());

    private static WebhookSubscription With(params string[] secrets) => new("sub_x", "http://127.0.0.1:9/", [], null, true, null,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [.. secrets.Select(s => new SigningKey(s, null))], false);

    [Fact]
    public void Protect_HidesEverySecret_AndRevealRestoresThem()
    {
        string[] clear = [WebhookSecret.Generate(), WebhookSecret.Generate()];

        var stored = Secrets.Protect(With(clear));

        Assert.All(stored.Keys, k => Assert.StartsWith(SecretsAtRest.Mark, k.Secret, StringComparison.Ordinal));
        Assert.All(stored.Keys, k => Assert.DoesNotContain("whsec_", k.Secret, StringComparison.Ordinal));
        Assert.False(SecretsAtRest.HasClear(stored));
        Assert.Equal(clear, Secrets.Reveal(stored).Keys.Select(k => k.Secret));
    }

    [Fact]
    public void ClearSecretOfOlderState_IsReadAsItIs_AndFlaggedForRewrite()
    {
        var old = WebhookSecret.Generate();
        var mixed = With(old, Secrets.Protect(With(WebhookSecret.Generate())).Keys[0].Secret);

        Assert.True(SecretsAtRest.HasClear(mixed));
        Assert.Equal(old, Secrets.Reveal(mixed).Keys[0].Secret);
        Assert.Equal(mixed.Keys[1].Secret, Secrets.Protect(mixed).Keys[1].Secret); // already encrypted: left as stored
    }
}
