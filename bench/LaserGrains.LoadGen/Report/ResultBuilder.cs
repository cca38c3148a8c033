using LaserGrains.LoadGen.Load;
using LaserGrains.LoadGen.Measure;

namespace LaserGrains.LoadGen.Report;

/// <summary>Turns the samples and the meters' readings into the figures of a <see cref="RunResult"/>.</summary>
public static class ResultBuilder
{
    public static IReadOnlyDictionary<string, int> Errors(IEnumerable<UploadSample> samples) =>
        samples.Where(s => !s.Accepted)
            .GroupBy(s => s.Status != 0 ? s.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : s.Error ?? "no answer", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static (LatencySummary Answer, LatencySummary Completed, LatencySummary DesignFile) Latencies(IReadOnlyCollection<UploadSample> samples)
    {
        var measured = samples.Where(s => s.Measured && s.Accepted).ToList();
        return (
            Percentiles.Summarise(measured.Select(s => s.Answer!.Value.TotalMilliseconds)),
            Percentiles.Summarise(measured.Where(s => s.CompletedAt is not null).Select(s => (s.CompletedAt!.Value - s.DueAt).TotalMilliseconds)),
            Percentiles.Summarise(measured.Where(s => s.DesignFileAt is not null).Select(s => (s.DesignFileAt!.Value - s.DueAt).TotalMilliseconds)));
    }

    public static Settlement Settle(IReadOnlyCollection<UploadSample> samples, bool laserOs, TimeSpan toSettle)
    {
        var accepted = samples.Where(s => s.Accepted).ToList();
        var completed = accepted.Count(s => s.CompletedAt is not null && s.FinalStatus == "completed");
        var failed = accepted.Count(s => s.CompletedAt is not null && s.FinalStatus == "failed");
        var design = accepted.Count(s => s.DesignFileAt is not null);
        var unsettled = accepted.Count - completed - failed;
        var missing = laserOs ? accepted.Count - design : 0;
        return new(accepted.Count, completed, failed, unsettled, design, missing, Math.Round(toSettle.TotalSeconds, 2), unsettled == 0 && missing == 0);
    }

    public static CpuPerFile PerFile(CpuUse use, int files)
    {
        ArgumentNullException.ThrowIfNull(use);
        return new(use.Name, Math.Round(use.Seconds, 2), files > 0 ? Math.Round(use.Seconds * 1000 / files, 3) : null, use.Processes, use.Vanished);
    }

    public static PostgresPerFile PerFile(PgCounters delta, long ownStatements, int files)
    {
        ArgumentNullException.ThrowIfNull(delta);
        var commits = delta.Commits - ownStatements;
        double? Per(long n) => files > 0 ? Math.Round((double)n / files, 2) : null;
        return new(commits, ownStatements, delta.Rollbacks, Per(commits), Per(delta.Inserted), Per(delta.Updated), Per(delta.Deleted));
    }
}
