using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Receiver settings are validated when the gateway starts: a bad secret stops it with one clear line.</summary>
public sealed class ReceiverStartupTests
{
    [Theory]
    [InlineData("LG_RECEIVER_SECRETS", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw,not-a-secret", "entry 2: a receiver secret must start with 'whsec_'")]
    [InlineData("LG_RECEIVER_SECRETS", "whsec_c2hvcnQ=", "24 to 64 bytes")]
    [InlineData("LG_RECEIVER_TOLERANCE_SECONDS", "0", "whole number from 1 to 86400")]
    [InlineData("LG_RECEIVER_MAX_BODY_BYTES", "0", "whole number from 1 to")]
    public async Task Start_InvalidReceiverSetting_ExitsWithReason(string variable, string value, string expected)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var host = HostProcess.Start("Gateway", new Dictionary<string, string>
        {
            ["LG_DB"] = db.ConnectionString,
            ["LG_GATEWAY_URL"] = $"http://127.0.0.1:{FreePorts.Next()}",
            [variable] = value,
        });

        var code = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        Assert.Contains($"invalid setting {variable}", host.Output, StringComparison.Ordinal);
        Assert.Contains(expected, host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", host.Output, StringComparison.Ordinal);
    }
}
