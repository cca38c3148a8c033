using System.Globalization;

namespace LaserGrains.LoadGen.Measure;

/// <summary>Reads a process's CPU time (utime + stime) from /proc/PID/stat.</summary>
public static class ProcStat
{
    // USER_HZ: the unit of utime/stime; 100 on every Linux architecture .NET runs on.
    public const double TicksPerSecond = 100;

    /// <summary>CPU ticks used so far, or null when the process is gone.</summary>
    public static long? CpuTicks(int pid)
    {
        try
        {
            return ParseCpuTicks(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Fields 14 and 15 of a stat line; the command name (field 2) may hold spaces and ')' so count from the last ')'.</summary>
    public static long ParseCpuTicks(string statLine)
    {
        ArgumentNullException.ThrowIfNull(statLine);
        var fields = statLine[(statLine.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    public static int? ParentPid(int pid)
    {
        try
        {
            var line = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(line[(line.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
