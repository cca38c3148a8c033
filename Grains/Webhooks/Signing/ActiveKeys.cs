using System.Runtime.CompilerServices;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Shared.Webhooks;

namespace LaserGrains.Grains.Webhooks.Signing;

/// <summary>The keys that sign a request at a given instant: the current one and old ones not yet expired.</summary>
public static class ActiveKeys
{
    // Decoded once per key instance rather than on every request; entries go when the subscription's keys are replaced.
    private static readonly ConditionalWeakTable<SigningKey, byte[]> Decoded = [];

    public static IReadOnlyList<byte[]> At(IReadOnlyList<SigningKey> keys, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var active = new List<byte[]>(keys.Count);
        foreach (var key in keys)
        {
            if (key.ExpiresAt is null || key.ExpiresAt > now) active.Add(Decoded.GetValue(key, k => WebhookSecret.Decode(k.Secret)));
        }

        return active;
    }
}
