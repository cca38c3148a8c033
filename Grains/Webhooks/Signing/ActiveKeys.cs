using LaserGrains.Grains.Interfaces.Webhooks;

namespace LaserGrains.Grains.Webhooks.Signing;

/// <summary>The keys that sign a request at a given instant: the current one and old ones not yet expired.</summary>
public static class ActiveKeys
{
    public static IReadOnlyList<byte[]> At(IReadOnlyList<SigningKey> keys, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return [.. keys.Where(k => k.ExpiresAt is null || k.ExpiresAt > now).Select(k => WebhookSecret.Decode(k.Secret))];
    }
}
