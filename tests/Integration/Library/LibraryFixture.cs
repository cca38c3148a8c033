using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>Two silos and a gateway shared by the library tests; every test works in its own project codes.</summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    private int _next;

    public LocalCluster Cluster { get; private set; } = null!;

    /// <summary>A project code no other test uses, e.g. JB-2025-10-CL0001-007.</summary>
    public string NewProject(string client = "CL0001") =>
        $"JB-2025-10-{client}-{Interlocked.Increment(ref _next):000}";

    /// <summary>Two silos, with every event delivered to the gateway's own Laser OS receiver, as the local run does.</summary>
    public async Task InitializeAsync()
    {
        var secret = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Cluster = await LocalCluster.StartAsync(silos: 2, extra: new()
        {
            ["LG_RECEIVER_SECRETS"] = secret,
            ["WEBHOOK_URL"] = "{gateway}/webhooks/module-n/event",
            ["LG_WEBHOOK_ALLOWED_TARGETS"] = "{gateway-authority}", // the receiver, and nothing else on loopback
            ["WEBHOOK_SECRET"] = secret,
        });
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LibraryCollection : ICollectionFixture<LibraryFixture>
{
    public const string Name = "library";
}
