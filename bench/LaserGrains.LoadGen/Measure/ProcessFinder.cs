using System.Globalization;

namespace LaserGrains.LoadGen.Measure;

/// <summary>Finds the silo and gateway processes of one cluster by their command line and their LG_CLUSTER_ID.</summary>
/// <remarks>Several local runs may share the machine; the cluster id (read from /proc/PID/environ) tells ours apart.</remarks>
public static class ProcessFinder
{
    public const string DefaultClusterId = "lasergrains-local";

    public static IReadOnlySet<int> Find(string assemblyName, string clusterId)
    {
        var found = new HashSet<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (!cmdline.Any(a => Path.GetFileName(a) is var name && (name == assemblyName + ".dll" || name == assemblyName))) continue;
                if (ClusterOf(File.ReadAllText(Path.Combine(dir, "environ"))) == clusterId) found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone meanwhile, or not ours to read
            }
        }

        return found;
    }

    public static string ClusterOf(string environ)
    {
        ArgumentNullException.ThrowIfNull(environ);
        const string prefix = "LG_CLUSTER_ID=";
        return environ.Split('\0').FirstOrDefault(v => v.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..] is { Length: > 0 } id
            ? id : DefaultClusterId;
    }
}
