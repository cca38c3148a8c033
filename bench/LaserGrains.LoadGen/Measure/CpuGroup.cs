namespace LaserGrains.LoadGen.Measure;

/// <summary>A named set of processes whose CPU time is summed: found again at the end, so restarted ones count too.</summary>
public sealed class CpuGroup(string name, Func<Task<IReadOnlySet<int>>> find)
{
    private Dictionary<int, long> _start = [];

    public string Name { get; } = name;

    public async Task StartAsync() => _start = Read(await find());

    /// <summary>CPU seconds since <see cref="StartAsync"/>, the processes seen at the end, and how many of the first ones were gone.</summary>
    /// <remarks>A process that started meanwhile counts all its CPU; one that ended meanwhile is lost (its count says so).</remarks>
    public async Task<CpuUse> StopAsync()
    {
        var end = Read(await find());
        var ticks = end.Sum(p => p.Value - _start.GetValueOrDefault(p.Key));
        return new(Name, ticks / ProcStat.TicksPerSecond, end.Count, _start.Keys.Count(pid => !end.ContainsKey(pid)));
    }

    private static Dictionary<int, long> Read(IReadOnlySet<int> pids)
    {
        var ticks = new Dictionary<int, long>();
        foreach (var pid in pids)
        {
            if (ProcStat.CpuTicks(pid) is { } t) ticks[pid] = t;
        }

        return ticks;
    }
}

/// <summary>CPU seconds one group used during the measured window.</summary>
public sealed record CpuUse(string Name, double Seconds, int Processes, int Vanished);
