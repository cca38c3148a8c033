using System.Globalization;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>One silo and a gateway whose receiver trusts two secrets (a rotation) and accepts bodies up to 64 KiB.</summary>
public sealed class ReceiverFixture : IAsyncLifetime
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public const string OldSecret = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    public const int MaxBody = 64 * 1024;

    public LocalCluster Cluster { get; private set; } = null!;

    public ReceiverClient Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = await LocalCluster.StartAsync(extra: new()
        {
            ["LG_RECEIVER_SECRETS"] = $"{Secret},{OldSecret}",
            ["LG_RECEIVER_MAX_BODY_BYTES"] = MaxBody.ToString(CultureInfo.InvariantCulture),
        });
        Receiver = new ReceiverClient(Cluster, Secret);
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ReceiverCollection : ICollectionFixture<ReceiverFixture>
{
    public const string Name = "laser-os-receiver";
}
