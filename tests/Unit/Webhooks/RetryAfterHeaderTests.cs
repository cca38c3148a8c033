using System.Net;
using System.Net.Http.Headers;
using LaserGrains.Grains.Webhooks.Delivery;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class RetryAfterHeaderTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void From_429WithSeconds_IsThatDelay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(17));
        Assert.Equal(TimeSpan.FromSeconds(17), RetryAfterHeader.From(response, _clock.GetUtcNow()));
    }

    [Fact]
    public void From_503WithDate_IsTimeUntilThatDate()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(_clock.GetUtcNow().AddMinutes(3));
        Assert.Equal(TimeSpan.FromMinutes(3), RetryAfterHeader.From(response, _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.From(response, _clock.GetUtcNow()));
    }

    [Fact]
    public void From_500WithHeader_IsIgnored()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(17));
        Assert.Null(RetryAfterHeader.From(response, _clock.GetUtcNow()));
    }
}
