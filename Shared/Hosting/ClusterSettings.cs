using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Shared.Hosting;

/// <summary>Identity and endpoints of the Orleans cluster, shared by silos and the gateway.</summary>
public sealed class ClusterSettings
{
    public const string Section = "Cluster";

    /// <summary>The deployment; silos and clients with the same id form one cluster.</summary>
    [Required, StringLength(150, MinimumLength = 1)]
    public string ClusterId { get; set; } = "lasergrains-local";

    /// <summary>Part of every stored state and reminder key: never change it once data exists.</summary>
    [Required, StringLength(150, MinimumLength = 1)]
    public string ServiceId { get; set; } = "lasergrains";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients use to reach this silo.</summary>
    [Required]
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}
