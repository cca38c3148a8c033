using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Gateway.Hardening;

/// <summary>Requests per minute allowed to one caller: an API key, a person's session, an upload link, or (anonymous) an address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Per authenticated identity (key, user or link), per fixed one-minute window.</summary>
    [Range(1, 1_000_000)]
    public int PerMinute { get; set; } = 60000;

    /// <summary>Per remote address for requests without credentials (login page, Laser OS receiver).</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPerMinute { get; set; } = 300;
}
