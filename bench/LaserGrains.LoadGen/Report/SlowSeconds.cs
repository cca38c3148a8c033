using LaserGrains.LoadGen.Load;
using LaserGrains.LoadGen.Measure;

namespace LaserGrains.LoadGen.Report;

/// <summary>
/// The seconds of a run whose uploads were answered slowest, by when each upload was due: a short stall shows as a
/// second with a high max and a low p50, a queue as neighbouring seconds whose p50 is high as well.
/// </summary>
public static class SlowSeconds
{
    public static IReadOnlyList<SecondOfRun> Worst(IEnumerable<UploadSample> samples, int count)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return [.. samples.Where(s => s.Measured && s.Accepted)
            .GroupBy(s => (int)Math.Floor(s.Due.TotalSeconds))
            .Select(g =>
            {
                var answers = Percentiles.Summarise(g.Select(s => s.Answer!.Value.TotalMilliseconds));
                return new SecondOfRun(g.Key, answers.Count, answers.P50!.Value, answers.Max!.Value);
            })
            .OrderByDescending(s => s.MaxMs).ThenBy(s => s.Second)
            .Take(count)];
    }
}

/// <summary>The uploads due in one second of a run (counted from its start, warm-up included): how many, their answers' p50 and max.</summary>
public sealed record SecondOfRun(int Second, int Uploads, double P50Ms, double MaxMs);
