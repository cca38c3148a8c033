using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Shared.Telemetry;

/// <summary>Telemetry settings (LG_OTLP_*, LG_LOG_FORMAT): the Prometheus endpoint is always on, OTLP export only when an endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Where traces and metrics are pushed with OTLP; null or empty: not pushed at all.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317 by convention) or <c>http</c> (OTLP over HTTP with protobuf, port 4318).</summary>
    [RegularExpression("^(grpc|http)$")]
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary><c>text</c> (the console's usual lines) or <c>json</c> (one JSON object a line, with trace and span ids).</summary>
    [RegularExpression("^(text|json)$")]
    public string LogFormat { get; set; } = "text";
}
