using LaserGrains.Grains.Files;
using Microsoft.Extensions.Options;
using Xunit;

namespace LaserGrains.Tests.Unit.Files;

/// <summary>The silo-wide bound on extractions at once.</summary>
public sealed class ExtractionSlotsTests
{
    [Fact]
    public async Task RunAsync_NeverRunsMoreThanTheSlots_AndRunsTheRestWhenOneIsFree()
    {
        using var slots = new ExtractionSlots(Options.Create(new FileGrainOptions { MaxConcurrentExtractions = 2 }));
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var running = 0;
        var started = new List<int>();
        var runs = gates.Select((gate, i) => slots.RunAsync(async () =>
        {
            lock (started) { started.Add(i); running++; }
            var result = await gate.Task;
            lock (started) running--;
            return result;
        }, CancellationToken.None)).ToList();

        await Task.Delay(100);
        lock (started) Assert.Equal(2, started.Count); // the third waits for a slot
        gates[0].SetResult(0);
        Assert.Equal(0, await runs[0]);
        await Task.Delay(100);
        lock (started) Assert.Equal(3, started.Count);
        gates[1].SetResult(1);
        gates[2].SetResult(2);
        var results = await Task.WhenAll(runs);
        Assert.Equal(Enumerable.Range(0, 3), results);
        Assert.Equal(0, running);
    }
}
