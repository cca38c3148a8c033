using System.Diagnostics;
using System.Text;

namespace LaserGrains.Tests.Unit.Extraction.Robustness;

/// <summary>Feeds every seed and its mutations to the seed's extractor and collects every run that crashed or hung.</summary>
/// <remarks>Generic over extractors: add a seed with another IFileExtractor (e.g. DXF) and it is fuzzed the same way.</remarks>
public sealed class RobustnessHarness(int seed, TimeSpan cancelAfter, TimeSpan hardLimit)
{
    public sealed record Report(int Runs, IReadOnlyDictionary<RunOutcome, int> Outcomes, IReadOnlyList<string> Problems, TimeSpan Elapsed);

    /// <summary>Runs each seed unchanged and then <paramref name="mutationsPerSeed"/> mutated copies of it.</summary>
    public Report Run(IReadOnlyList<FuzzSeed> seeds, int mutationsPerSeed)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = Enum.GetValues<RunOutcome>().ToDictionary(o => o, _ => 0);
        var problems = new List<string>();
        for (var s = 0; s < seeds.Count; s++)
        {
            var mutator = new Mutator(seed + (s * 7919));
            for (var i = 0; i <= mutationsPerSeed; i++)
            {
                var input = i == 0 ? seeds[s].Bytes : mutator.Mutate(seeds[s].Bytes);
                var (outcome, error) = ExtractorRunner.RunOnce(seeds[s].Extractor, seeds[s].Kind, input, cancelAfter, hardLimit);
                outcomes[outcome]++;
                if (outcome is RunOutcome.Crashed or RunOutcome.Hung) problems.Add(Describe(seeds[s], i, input, outcome, error));
            }
        }

        return new Report(outcomes.Values.Sum(), outcomes, problems, clock.Elapsed);
    }

    private static string Describe(FuzzSeed seed, int mutation, byte[] input, RunOutcome outcome, Exception? error)
    {
        var head = Encoding.Latin1.GetString(input.AsSpan(0, Math.Min(input.Length, 40))).ReplaceLineEndings(" ");
        return new StringBuilder()
            .Append($"{seed} mutation #{mutation} ({input.Length} bytes, starts \"{head}\"): {outcome}")
            .Append(error is null ? "" : $" {error.GetType().Name}: {error.Message}")
            .ToString();
    }
}
