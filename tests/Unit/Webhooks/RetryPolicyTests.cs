using LaserGrains.Grains.Webhooks;
using LaserGrains.Grains.Webhooks.Delivery;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class RetryPolicyTests
{
    private static readonly TimeSpan[] Svix =
    [
        TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    [Fact]
    public void DefaultSchedule_IsImmediately5s5m30m2h5h10h10h()
    {
        var schedule = RetrySchedule.From(new WebhookOptions());
        Assert.Equal(Svix, schedule);
        Assert.Equal(8, RetryPolicy.From(new WebhookOptions()).MaxAttempts);
    }

    [Fact]
    public void SeedSettings_ReplaceTheSchedule_OneTryPlusRetries()
    {
        var schedule = RetrySchedule.From(new WebhookOptions { RetryAttempts = 3, RetryDelaySeconds = 7 });
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], schedule);
    }

    [Theory]
    [InlineData("250ms,1.5s,2m,1h,1d", new[] { 0.25, 1.5, 120, 3600, 86400 })]
    [InlineData("0, 3, 10s", new[] { 0.0, 3, 10 })]
    public void Parse_UnitsAndPlainSeconds(string text, double[] seconds) =>
        Assert.Equal(seconds.Select(TimeSpan.FromSeconds), RetrySchedule.Parse(text));

    [Theory]
    [InlineData("5x")]
    [InlineData("-1s")]
    [InlineData(",")]
    public void Parse_Rejects(string text) => Assert.ThrowsAny<FormatException>(() => RetrySchedule.Parse(text));

    [Fact]
    public void NextDelay_StaysWithinTwentyPercent_AndUsesTheWholeBand()
    {
        var policy = new RetryPolicy(Svix, 0.2, TimeSpan.FromHours(1));
        var random = new Random(42);
        var factors = Enumerable.Range(0, 10_000).Select(_ => policy.NextDelay(2, null, random)!.Value / Svix[2]).ToList();
        Assert.All(factors, f => Assert.InRange(f, 0.8, 1.2));
        Assert.True(factors.Min() < 0.81 && factors.Max() > 1.19, $"band used: {factors.Min():0.000}..{factors.Max():0.000}");
    }

    [Fact]
    public void NextDelay_AfterLastAttempt_IsNull_SoTheDeliveryIsDeadLettered()
    {
        var policy = new RetryPolicy(Svix, 0.2, TimeSpan.FromHours(1));
        Assert.NotNull(policy.NextDelay(7, null, new Random(1)));
        Assert.Null(policy.NextDelay(8, null, new Random(1)));
    }

    [Fact]
    public void NextDelay_RetryAfterLongerThanSchedule_Wins_ButIsCapped()
    {
        var policy = new RetryPolicy([TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)], 0.2, TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromSeconds(120), policy.NextDelay(1, TimeSpan.FromSeconds(120), new Random(1)));
        Assert.Equal(TimeSpan.FromMinutes(10), policy.NextDelay(1, TimeSpan.FromDays(3), new Random(1)));
        Assert.InRange(policy.NextDelay(1, TimeSpan.FromSeconds(1), new Random(1))!.Value.TotalSeconds, 4, 6);
    }

    [Fact]
    public void Schedule_ThreeFailuresThenSuccess_DeliveredAbout35Minutes5SecondsAfterFirstTry()
    {
        // Svix's documented example, replayed on a fake clock: no sleeping.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        var policy = new RetryPolicy(Svix, 0.2, TimeSpan.FromHours(1));
        var random = new Random(7);
        for (var attempts = 1; attempts <= 3; attempts++) clock.Advance(policy.NextDelay(attempts, null, random)!.Value);
        var elapsed = clock.GetUtcNow() - start;
        Assert.InRange(elapsed, TimeSpan.FromSeconds(2105 * 0.8), TimeSpan.FromSeconds(2105 * 1.2));
    }
}
