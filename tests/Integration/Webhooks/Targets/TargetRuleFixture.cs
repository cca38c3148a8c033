using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Webhooks.Targets;

/// <summary>
/// A cluster that allows exactly two loopback ports on 127.0.0.3 (an allowed receiver and a redirecting one) and whose
/// WEBHOOK_URL points at a third port on the same address that is not allowed, where a receiver listens too.
/// Everything is on 127.0.0.0/8.
/// </summary>
public sealed class TargetRuleFixture : IAsyncLifetime
{
    public const string Address = "127.0.0.3";

    private LocalCluster? _cluster;

    public LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");

    public TestReceiver Allowed { get; } = new(Address, FreePorts.Next());

    public TestReceiver Redirecting { get; } = new(Address, FreePorts.Next());

    /// <summary>Listens, but is not allowed: nothing may ever reach it.</summary>
    public TestReceiver Forbidden { get; } = new(Address, FreePorts.Next());

    public async Task InitializeAsync()
    {
        await Allowed.UpAsync();
        await Redirecting.UpAsync();
        await Forbidden.UpAsync();
        var settings = WebhookClusterFixture.Settings("0s,1s,1s");
        settings["LG_WEBHOOK_ALLOWED_TARGETS"] = $"{new Uri(Allowed.Url).Authority}, {new Uri(Redirecting.Url).Authority}";
        // The operator's own WEBHOOK_URL obeys the rule too; it never passes the API's check, so only the connect-time check stops it.
        settings["WEBHOOK_URL"] = Forbidden.Url;
        _cluster = await LocalCluster.StartAsync(1, settings);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        await Allowed.DisposeAsync();
        await Redirecting.DisposeAsync();
        await Forbidden.DisposeAsync();
    }
}
