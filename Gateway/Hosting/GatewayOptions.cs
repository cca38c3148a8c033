using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Gateway.Hosting;

/// <summary>Settings of the HTTP gateway.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Where the gateway listens.</summary>
    [Required]
    public string Url { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Largest single uploaded file, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest whole upload request (several files), in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How long POST /ingest waits for processing before answering 202 with a status URL.</summary>
    [Range(0, 3600)]
    public int IngestWaitSeconds { get; set; } = 60;
}
