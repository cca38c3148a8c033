using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Grains.Webhooks.Signing;
using LaserGrains.Shared.Webhooks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class ActiveKeysTests
{
    [Fact]
    public void At_OldKeySignsUntilItExpires_ThenOnlyTheNewOne()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var current = WebhookSecret.Generate();
        var old = WebhookSecret.Generate();
        SigningKey[] keys = [new(current, null), new(old, clock.GetUtcNow().AddHours(24))];

        Assert.Equal(2, ActiveKeys.At(keys, clock.GetUtcNow()).Count);
        clock.Advance(TimeSpan.FromHours(23.99));
        Assert.Equal(2, ActiveKeys.At(keys, clock.GetUtcNow()).Count);
        clock.Advance(TimeSpan.FromHours(0.01));
        var after = ActiveKeys.At(keys, clock.GetUtcNow());
        Assert.Equal(WebhookSecret.Decode(current), Assert.Single(after));
    }
}
