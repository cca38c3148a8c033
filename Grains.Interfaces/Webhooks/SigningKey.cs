namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>One signing secret (<c>whsec_…</c>); an old key after a rotation carries the time it stops signing.</summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-signing-key")]
public sealed record SigningKey(
    [property: Id(0)] string Secret,
    [property: Id(1)] DateTimeOffset? ExpiresAt);
