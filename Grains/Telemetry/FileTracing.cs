using System.Diagnostics;
using LaserGrains.Grains.Files;
using LaserGrains.Shared.Telemetry;

namespace LaserGrains.Grains.Telemetry;

/// <summary>
/// The spans of a file's work after its upload. Processing runs in a grain timer, outside the accepting call, so its span is
/// started as a child of the trace context the file keeps from its upload (<see cref="FileState.TraceParent"/>).
/// </summary>
public static class FileTracing
{
    /// <summary>A span of <paramref name="name"/> in the file's upload trace; null when nobody listens.</summary>
    public static Activity? Start(string name, FileState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var activity = Instrumentation.Source.StartActivity(name, ActivityKind.Internal, TraceContext.Parse(s.TraceParent));
        activity?.SetTag("lasergrains.ingest_id", s.IngestId);
        return activity;
    }
}
