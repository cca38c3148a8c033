namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>What an IP address is for; everything but Public is refused as a webhook target unless allowed.</summary>
public enum AddressKind
{
    Public,
    Unspecified,
    Loopback,
    LinkLocal,
    Private,
    SharedCgnat,
    Multicast,
    Broadcast,
    Documentation,
    Benchmarking,
    Reserved,
}
