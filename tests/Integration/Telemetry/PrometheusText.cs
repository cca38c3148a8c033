using System.Globalization;

namespace LaserGrains.Tests.Integration.Telemetry;

/// <summary>Reads the Prometheus text format: the samples of one metric name, summed over their label sets.</summary>
public static class PrometheusText
{
    /// <summary>The sum of every sample named <paramref name="name"/> whose labels contain all of <paramref name="labels"/>.</summary>
    public static double Sum(string text, string name, params string[] labels) =>
        Samples(text, name).Where(s => labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal))).Sum(s => s.Value);

    public static bool Has(string text, string namePrefix) =>
        text.Split('\n').Any(l => l.StartsWith(namePrefix, StringComparison.Ordinal));

    private static IEnumerable<(string Labels, double Value)> Samples(string text, string name)
    {
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal) || line.Length == name.Length) continue;
            var rest = line[name.Length..];
            if (rest[0] is not ('{' or ' ')) continue; // another metric whose name starts the same
            var labels = rest[0] == '{' ? rest[..(rest.IndexOf('}', StringComparison.Ordinal) + 1)] : "";
            var value = rest[labels.Length..].Trim().Split(' ')[0];
            yield return (labels, double.Parse(value, CultureInfo.InvariantCulture));
        }
    }
}
