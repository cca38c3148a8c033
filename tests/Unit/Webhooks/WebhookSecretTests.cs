using LaserGrains.Shared.Webhooks;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class WebhookSecretTests
{
    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", 24)]
    [InlineData(" whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8= ", 32)]
    public void TryParse_ValidSecret_GivesKey(string text, int bytes)
    {
        Assert.True(WebhookSecret.TryParse(text, out var secret, out var problem), problem);
        Assert.Equal(bytes, secret!.Key.Length);
    }

    [Theory]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "start with")]
    [InlineData("whsec_not*base64", "base64")]
    [InlineData("whsec_AAECAwQF", "24 to 64 bytes")]
    [InlineData("", "start with")]
    public void TryParse_InvalidSecret_SaysWhy(string text, string expected)
    {
        Assert.False(WebhookSecret.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseList_TwoSecrets_KeepsBothInOrder()
    {
        var secrets = WebhookSecret.ParseList("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

        Assert.Equal([24, 32], secrets.Select(s => s.Key.Length));
    }

    [Fact]
    public void ParseList_OneBadSecret_Throws() =>
        Assert.Throws<FormatException>(() => WebhookSecret.ParseList("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw,oops"));
}
