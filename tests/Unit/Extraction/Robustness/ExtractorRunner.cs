using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Tests.Unit.Extraction.Robustness;

/// <summary>Runs one extractor on one input under a cancellation deadline and a hard wall-clock limit.</summary>
public static class ExtractorRunner
{
    public static (RunOutcome Outcome, Exception? Error) RunOnce(
        IFileExtractor extractor, FileKind kind, byte[] input, TimeSpan cancelAfter, TimeSpan hardLimit)
    {
        using var cts = new CancellationTokenSource(cancelAfter);
        var context = new ExtractionContext { Kind = kind, OriginalFilename = "fuzz", Limits = ExtractionLimits.Default };
        var run = Task.Run(() =>
        {
            using var stream = new MemoryStream(input, writable: false);
            return extractor.Extract(stream, context, cts.Token);
        });

        // A hung run is abandoned: the thread cannot be killed, but the test reports it instead of waiting forever.
        var finished = Task.WhenAny(run, Task.Delay(hardLimit)).GetAwaiter().GetResult() == run;
        if (!finished) return (RunOutcome.Hung, null);
        return Classify(run, cts.IsCancellationRequested);
    }

    private static (RunOutcome, Exception?) Classify(Task<ExtractionResult> run, bool cancelled)
    {
        if (run.IsCompletedSuccessfully) return run.Result is null ? (RunOutcome.Crashed, null) : (RunOutcome.Result, null);
        var error = run.Exception?.InnerException;
        return error switch
        {
            ExtractionFailedException => (RunOutcome.Refused, error),
            OperationCanceledException when cancelled => (RunOutcome.Cancelled, error),
            _ => (RunOutcome.Crashed, error),
        };
    }
}
