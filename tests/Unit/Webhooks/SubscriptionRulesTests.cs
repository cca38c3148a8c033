using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Shared.Webhooks;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class SubscriptionRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(100)]
    public void MaxBatch_AbsentOrOneToHundred_IsAccepted(int? maxBatch) =>
        Assert.Null(SubscriptionRules.Problem(new SubscriptionDraft("https://hooks.example.com/in", [], null, maxBatch)));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(101)]
    public void MaxBatch_OutsideOneToHundred_IsRefusedWithTheRange(int maxBatch)
    {
        var problem = SubscriptionRules.Problem(new SubscriptionDraft("https://hooks.example.com/in", [], null, maxBatch));

        Assert.Equal("max_batch must be between 1 and 100 (or absent: one event a request, the Standard Webhooks shape).", problem);
    }
}
