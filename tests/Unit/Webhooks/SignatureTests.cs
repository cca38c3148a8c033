using LaserGrains.Grains.Webhooks.Signing;
using LaserGrains.Shared.Webhooks;
using LaserGrains.Tests.Common;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class SignatureTests
{
    // The published test vector of the Standard Webhooks specification (libraries/python/tests).
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = """{"test": 2432232314}""";
    private const string SpecSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    [Fact]
    public void SpecVerifier_ReproducesPublishedVector()
    {
        Assert.Equal(SpecSignature, SpecVerifier.Expected(SpecSecret, SpecId, "1614265330", SpecBody));
        Assert.True(SpecVerifier.Verify(SpecSecret, SpecId, "1614265330", SpecSignature, SpecBody, DateTimeOffset.FromUnixTimeSeconds(SpecTimestamp)));
    }

    [Fact]
    public void Sign_PublishedVector_MatchesSpec()
    {
        var signature = WebhookSigner.Sign(SpecId, SpecTimestamp, SpecBody, [WebhookSecret.Decode(SpecSecret)]);
        Assert.Equal(SpecSignature, signature);
    }

    [Fact]
    public void Sign_TwoKeys_SpaceSeparated_EachVerifiesAlone()
    {
        var current = WebhookSecret.Generate();
        var old = WebhookSecret.Generate();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var signature = WebhookSigner.Sign("evt_7_1", now.ToUnixTimeSeconds(), "{\"a\":1}", [WebhookSecret.Decode(current), WebhookSecret.Decode(old)]);

        Assert.Equal(2, signature.Split(' ').Length);
        Assert.True(SpecVerifier.Verify(current, "evt_7_1", "1800000000", signature, "{\"a\":1}", now));
        Assert.True(SpecVerifier.Verify(old, "evt_7_1", "1800000000", signature, "{\"a\":1}", now));
        Assert.False(SpecVerifier.Verify(WebhookSecret.Generate(), "evt_7_1", "1800000000", signature, "{\"a\":1}", now));
        Assert.False(SpecVerifier.Verify(current, "evt_7_1", "1800000000", signature, "{\"a\":2}", now));
    }

    [Fact]
    public void Generate_Is32RandomBytesWithPrefix()
    {
        var a = WebhookSecret.Generate();
        var b = WebhookSecret.Generate();
        Assert.StartsWith("whsec_", a, StringComparison.Ordinal);
        Assert.Equal(32, WebhookSecret.Decode(a).Length);
        Assert.NotEqual(a, b);
        Assert.True(WebhookSecret.IsValid(a));
    }

    [Theory]
    [InlineData("whsec_AAAA", false)]          // 3 bytes: too short
    [InlineData("whsec_not base64!", false)]
    [InlineData("", false)]
    [InlineData(SpecSecret, true)]             // 24 bytes
    public void IsValid_ChecksLengthAndEncoding(string secret, bool valid) => Assert.Equal(valid, WebhookSecret.IsValid(secret));
}
