using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Tests.Grains.Infrastructure;

namespace LaserGrains.Tests.Grains.Webhooks;

/// <summary>The subscription registry on the test host: each stored change gets a new version, readers see only stored changes.</summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class WebhookRegistryGrainTests(FakeClockClusterFixture fixture)
{
    private IWebhookRegistryGrain Registry => fixture.Client.GetGrain<IWebhookRegistryGrain>(0);

    [Fact]
    public async Task Create_StoresUnderNextVersion_WithSecretAndClockTime()
    {
        var before = await SnapshotAsync();

        var created = await Registry.CreateAsync(new SubscriptionDraft("http://127.0.0.1:9/hook", ["file.processed"], "create"));

        Assert.Equal(before.Version + 1, created.Version);
        Assert.StartsWith("sub_", created.Id, StringComparison.Ordinal);
        Assert.StartsWith("whsec_", created.CurrentSecret, StringComparison.Ordinal);
        Assert.True(created.Enabled);
        Assert.Equal(fixture.Clock.GetUtcNow(), created.CreatedAt);
        Assert.Null(await Registry.GetSnapshotIfChangedAsync(created.Version)); // nothing newer than what we hold
        var after = await SnapshotAsync();
        Assert.Equal(created.Version, after.Version);
        Assert.Contains(after.Subscriptions, s => s.Id == created.Id && s.Version == created.Version);
    }

    [Fact]
    public async Task UpdateDisableEnableDelete_EachStoredUnderANewVersion_AndVisibleAtOnce()
    {
        var created = await Registry.CreateAsync(new SubscriptionDraft("http://127.0.0.1:9/a", [], "lifecycle"));
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        var updated = await Registry.UpdateAsync(created.Id, new SubscriptionDraft("http://127.0.0.1:9/b", ["file.failed"], "changed"));
        Assert.NotNull(updated);
        Assert.Equal(created.Version + 1, updated.Version);
        Assert.Equal(created.CreatedAt.AddMinutes(1), updated.UpdatedAt);
        Assert.Equal(["file.failed"], (await Registry.GetAsync(created.Id))!.EventTypes);

        var disabled = await Registry.SetEnabledAsync(created.Id, false, "maintenance");
        Assert.Equal((false, "maintenance", updated.Version + 1), (disabled!.Enabled, disabled.DisabledReason, disabled.Version));
        Assert.Equal(disabled.Version, (await Registry.SetEnabledAsync(created.Id, false, "again"))!.Version); // no change, no new version
        Assert.Equal(disabled.Version, (await Registry.GetAsync(created.Id))!.Version);

        var enabled = await Registry.SetEnabledAsync(created.Id, true, null);
        Assert.Equal((true, (string?)null), (enabled!.Enabled, enabled.DisabledReason));

        Assert.True(await Registry.DeleteAsync(created.Id));
        Assert.Null(await Registry.GetAsync(created.Id));
        var after = await SnapshotAsync();
        Assert.Equal(enabled.Version + 1, after.Version);
        Assert.DoesNotContain(after.Subscriptions, s => s.Id == created.Id);
        Assert.False(await Registry.DeleteAsync(created.Id));
        Assert.Null(await Registry.UpdateAsync(created.Id, new SubscriptionDraft("http://127.0.0.1:9/c", [], null)));
    }

    [Fact]
    public async Task RotateSecret_NewKeyFirst_OldKeyExpiresAfterGrace()
    {
        var created = await Registry.CreateAsync(new SubscriptionDraft("http://127.0.0.1:9/rotate", [], null));

        var rotated = await Registry.RotateSecretAsync(created.Id, TimeSpan.FromHours(2));

        Assert.NotNull(rotated);
        Assert.Equal(2, rotated.Keys.Count);
        Assert.NotEqual(created.CurrentSecret, rotated.CurrentSecret);
        Assert.Equal(created.CurrentSecret, rotated.Keys[1].Secret);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromHours(2), rotated.Keys[1].ExpiresAt);
    }

    [Fact]
    public async Task InvalidDraft_IsRefused_AndNothingStored()
    {
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Registry.CreateAsync(new SubscriptionDraft("not a url", [], null)));

        Assert.Null(await Registry.GetSnapshotIfChangedAsync(before.Version));
    }

    [Fact]
    public async Task Subscriptions_AndVersion_SurviveDeactivation()
    {
        var created = await Registry.CreateAsync(new SubscriptionDraft("http://127.0.0.1:9/durable", ["file.deleted"], "durable"));
        var before = await SnapshotAsync();

        await fixture.Cluster.DeactivateAsync(Registry.GetGrainId());

        Assert.Null(await Registry.GetSnapshotIfChangedAsync(before.Version));
        var again = await Registry.GetAsync(created.Id);
        Assert.NotNull(again);
        Assert.Equal((created.Url, created.Version, created.CreatedAt, created.Description), (again.Url, again.Version, again.CreatedAt, again.Description));
        Assert.Equal(created.EventTypes, again.EventTypes);
        Assert.Equal(created.Keys, again.Keys);
    }

    private async Task<SubscriptionSnapshot> SnapshotAsync() => (await Registry.GetSnapshotIfChangedAsync(-1))!;
}
