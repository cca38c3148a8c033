using System.Text;
using LaserGrains.Gateway.LaserOs.Receiver;
using LaserGrains.Shared.Webhooks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LaserGrains.Tests.Unit.LaserOs.Receiver;

public sealed class WebhookVerifierTests
{
    // The published test vector of the Standard Webhooks reference libraries.
    private const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long VectorTimestamp = 1614265330;
    private const string VectorBody = "{\"test\": 2432232314}";
    private const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private const string OtherSecret = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    // Starts at the epoch so a test can put the receiver's clock before or after the vector's timestamp.
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch);

    public WebhookVerifierTests() => _time.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp));

    [Fact]
    public void Verify_PublishedTestVector_IsValid()
    {
        var result = Verifier(VectorSecret).Verify(VectorId, Ts(VectorTimestamp), VectorSignature, Body(VectorBody));

        Assert.True(result.IsValid, result.Failure);
    }

    [Fact]
    public void SpecSigner_PublishedTestVector_ProducesPublishedSignature() =>
        Assert.Equal(VectorSignature, SpecSigner.Sign(VectorSecret, VectorId, VectorTimestamp, VectorBody));

    [Fact]
    public void Verify_BodyChangedByOneByte_Rejects()
    {
        var result = Verifier(VectorSecret).Verify(VectorId, Ts(VectorTimestamp), VectorSignature, Body("{\"test\": 2432232315}"));

        Assert.False(result.IsValid);
        Assert.Contains("No signature", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msg_other", VectorTimestamp)]
    [InlineData(VectorId, VectorTimestamp + 1)]
    public void Verify_IdOrTimestampNotTheSigned_Rejects(string id, long timestamp)
    {
        _time.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(timestamp));

        Assert.False(Verifier(VectorSecret).Verify(id, Ts(timestamp), VectorSignature, Body(VectorBody)).IsValid);
    }

    [Fact]
    public void Verify_WrongSecret_Rejects() =>
        Assert.False(Verifier(OtherSecret).Verify(VectorId, Ts(VectorTimestamp), VectorSignature, Body(VectorBody)).IsValid);

    [Theory]
    [InlineData("v1,AAAA " + VectorSignature)]
    [InlineData(VectorSignature + " v1,AAAA")]
    [InlineData("v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= " + VectorSignature)]
    [InlineData("garbage v2,xyz " + VectorSignature)]
    public void Verify_MatchAnywhereInSeveralSignatures_IsValid(string header) =>
        Assert.True(Verifier(VectorSecret).Verify(VectorId, Ts(VectorTimestamp), header, Body(VectorBody)).IsValid);

    [Fact]
    public void Verify_SecondConfiguredSecretMatches_IsValid() =>
        Assert.True(Verifier(OtherSecret, VectorSecret).Verify(VectorId, Ts(VectorTimestamp), VectorSignature, Body(VectorBody)).IsValid);

    [Theory]
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1,not base64!")]
    [InlineData("v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1,")]
    public void Verify_MalformedSignature_RejectsAsMalformed(string header)
    {
        var result = Verifier(VectorSecret).Verify(VectorId, Ts(VectorTimestamp), header, Body(VectorBody));

        Assert.False(result.IsValid);
        Assert.Contains("no 'v1,<base64>' entry", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "1614265330", VectorSignature)]
    [InlineData(VectorId, null, VectorSignature)]
    [InlineData(VectorId, "1614265330", null)]
    [InlineData("", "1614265330", VectorSignature)]
    public void Verify_MissingHeader_Rejects(string? id, string? timestamp, string? signature)
    {
        var result = Verifier(VectorSecret).Verify(id, timestamp, signature, Body(VectorBody));

        Assert.False(result.IsValid);
        Assert.Contains("required", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1614265330.5")]
    [InlineData("-1614265330")]
    [InlineData("2021-02-25T15:02:10Z")]
    public void Verify_TimestampNotUnixSeconds_Rejects(string timestamp) =>
        Assert.Contains("Unix seconds", Verifier(VectorSecret).Verify(VectorId, timestamp, VectorSignature, Body(VectorBody)).Failure, StringComparison.Ordinal);

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-300, true)]
    [InlineData(-301, false)]
    public void Verify_ClockSkew_AcceptedWithinToleranceOnly(int skewSeconds, bool valid)
    {
        // The receiver's clock differs; the delivery's signed timestamp stays the vector's.
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp + skewSeconds));
        var verifier = new WebhookVerifier(WebhookSecret.ParseList(VectorSecret), TimeSpan.FromMinutes(5), clock);

        var result = verifier.Verify(VectorId, Ts(VectorTimestamp), VectorSignature, Body(VectorBody));

        Assert.Equal(valid, result.IsValid);
        if (!valid) Assert.Contains(skewSeconds > 0 ? "old" : "future", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FreshlySignedWithSpecSigner_IsValid()
    {
        const string body = "{\"event_type\":\"file.processed\"}";
        var signature = SpecSigner.Sign(OtherSecret, "msg_1", VectorTimestamp, body);

        Assert.True(Verifier(OtherSecret).Verify("msg_1", Ts(VectorTimestamp), signature, Body(body)).IsValid);
    }

    private WebhookVerifier Verifier(params string[] secrets) =>
        new(WebhookSecret.ParseList(string.Join(",", secrets)), TimeSpan.FromMinutes(5), _time);

    private static string Ts(long seconds) => seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Body(string body) => Encoding.UTF8.GetBytes(body);
}
