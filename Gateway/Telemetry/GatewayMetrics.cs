using System.Diagnostics.Metrics;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;
using LaserGrains.Shared.Telemetry;

namespace LaserGrains.Gateway.Telemetry;

/// <summary>The gateway's upload metric: files it handed to their grains, by kind and by what it answered for them.</summary>
/// <remarks>Refused uploads show in ASP.NET Core's http.server.request.duration by status code; labels here are bounded sets.</remarks>
public static class GatewayMetrics
{
    private static readonly Counter<long> Files = Instrumentation.Meter.CreateCounter<long>(
        "lasergrains.gateway.files", "{file}",
        "Files accepted by the gateway, by kind and outcome: completed, failed or duplicate within the wait, else pending.");

    public static void Answered(FileRecord record, bool stillWorking)
    {
        ArgumentNullException.ThrowIfNull(record);
        var outcome = stillWorking ? "pending"
            : record.DuplicateOf is not null ? "duplicate"
            : record.Status == FileStatus.Completed ? "completed"
            : record.Status == FileStatus.Failed ? "failed" : "pending";
        Files.Add(1, new KeyValuePair<string, object?>("kind", FileJson.KindName(record.Kind)), new KeyValuePair<string, object?>("outcome", outcome));
    }
}
