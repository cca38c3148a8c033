using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LaserGrains.Shared.Telemetry;

/// <summary>LaserGrains' own meter and activity source; both hosts subscribe to them next to ASP.NET Core, HttpClient, Npgsql and Orleans.</summary>
/// <remarks>Static, like the runtime's own: an instrument is cheap to hold and a grain needs no constructor change to use one.</remarks>
public static class Instrumentation
{
    public const string Name = "LaserGrains";

    public static Meter Meter { get; } = new(Name, typeof(Instrumentation).Assembly.GetName().Version?.ToString());

    public static ActivitySource Source { get; } = new(Name, typeof(Instrumentation).Assembly.GetName().Version?.ToString());
}
