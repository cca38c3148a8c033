namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>What an address is, and a sentence saying so ("127.0.0.1 is a loopback address (127.0.0.0/8)").</summary>
public sealed record AddressClass(AddressKind Kind, string Why)
{
    public bool IsPublic => Kind == AddressKind.Public;
}
