using System.Diagnostics;
using System.Diagnostics.Metrics;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;
using LaserGrains.Shared.Telemetry;

namespace LaserGrains.Grains.Telemetry;

/// <summary>The silo's file metrics: processed uploads by kind and outcome, extraction time by kind, files waiting for a slot.</summary>
/// <remarks>Labels are bounded sets (kind, outcome, failure code); never an ingest id or a name.</remarks>
public static class FileMetrics
{
    private static readonly Counter<long> Uploads = Instrumentation.Meter.CreateCounter<long>(
        "lasergrains.uploads", "{file}", "Uploads whose processing ended, by kind and outcome (completed, failed).");

    private static readonly Histogram<double> ExtractionDuration = Instrumentation.Meter.CreateHistogram<double>(
        "lasergrains.extraction.duration", "s", "Time one extraction ran, once it had a slot, by the kind it found.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });

    private static readonly UpDownCounter<long> Waiting = Instrumentation.Meter.CreateUpDownCounter<long>(
        "lasergrains.extraction.waiting", "{file}", "Files waiting for an extraction slot on this silo (LG_MAX_CONCURRENT_EXTRACTIONS).");

    /// <summary>Counts a file whose first processing just ended.</summary>
    public static void Processed(FileState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var tags = new TagList { { "kind", FileJson.KindName(s.Kind) }, { "outcome", s.Status == FileStatus.Completed ? "completed" : "failed" } };
        if (s.Status != FileStatus.Completed) tags.Add("failure_code", s.FailureCode ?? "unknown");
        Uploads.Add(1, tags);
    }

    public static void Extracted(FileKind kind, TimeSpan duration) =>
        ExtractionDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("kind", FileJson.KindName(kind)));

    public static void StartedWaiting() => Waiting.Add(1);

    public static void StoppedWaiting() => Waiting.Add(-1);
}
