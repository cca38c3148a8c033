using System.Net;
using LaserGrains.Gateway.Hardening;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace LaserGrains.Tests.Unit.Hardening;

public sealed class RateLimitPartitionTests
{
    private static DefaultHttpContext Request(string path, bool signed)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
        if (signed) context.Request.Headers["webhook-signature"] = "v1,abc";
        return context;
    }

    [Fact]
    public void SignedReceiverDeliveries_CountApartFromAnonymousCallers()
    {
        Assert.Equal("receiver:192.0.2.7", RateLimits.CallerOf(Request("/webhooks/module-n/event", signed: true)));
        Assert.Equal("address:192.0.2.7", RateLimits.CallerOf(Request("/webhooks/module-n/event", signed: false)));
        Assert.Equal("receiver:192.0.2.7", RateLimits.CallerOf(Request("/webhooks/module-n/events", signed: true)));
        Assert.Equal("address:192.0.2.7", RateLimits.CallerOf(Request("/webhooks/module-n/events", signed: false)));
        Assert.Equal("address:192.0.2.7", RateLimits.CallerOf(Request("/webhooks/module-n/eventsx", signed: true)));
        Assert.Equal("address:192.0.2.7", RateLimits.CallerOf(Request("/files", signed: true)));
        Assert.Null(RateLimits.CallerOf(Request("/health/ready", signed: false)));
    }
}
