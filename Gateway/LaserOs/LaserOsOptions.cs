using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Gateway.LaserOs;

/// <summary>Settings of the built-in Laser OS receiver (docs/LASER_OS.md lists them with their LG_* variables).</summary>
public sealed class LaserOsOptions
{
    public const string Section = "LaserOs";

    /// <summary>Comma-separated "whsec_…" secrets; any of them may sign a delivery, so a rotation can overlap. Empty: the receiver refuses events.</summary>
    public string Secrets { get; set; } = "";

    /// <summary>How far webhook-timestamp may be from the receiver's clock, either way, in seconds.</summary>
    [Range(1, 86_400)]
    public int TimestampToleranceSeconds { get; set; } = 300;

    /// <summary>Largest event body accepted, in bytes; larger ones get 413.</summary>
    [Range(1, 64L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
