using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Catalog;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LaserGrains.Grains.Files.Sweep;

/// <summary>
/// The crash backstop of one bucket of ingest ids (<see cref="SweepBuckets"/>), in place of a reminder per file: a file
/// grain covers itself here before its accept write, which registers the bucket's one reminder unless this activation
/// has it already. Each tick asks the catalog which of the bucket's files are settled and probes the others
/// (<see cref="IFileGrain.ResumeAsync"/>), which restarts whatever a crash interrupted; once every covered file is
/// settled and none covered itself since the sweep began, the reminder goes. An activation that did not register the
/// reminder itself from nothing does not know which files covered themselves before, so its first sweep probes the
/// whole bucket (an id with no state answers at once).
/// Reentrant, so covering never waits for a sweep (whose probes wait for the very files that are covering themselves).
/// </summary>
[Reentrant]
public sealed partial class FileSweepGrain(IFileCatalog catalog, IOptions<FileGrainOptions> options, ILogger<FileSweepGrain> logger)
    : Grain, IFileSweepGrain, IRemindable
{
    internal const string SweepReminder = "sweep";
    private const int ProbesAtOnce = 8;

    private readonly Dictionary<long, long> _covered = []; // ingest id → the cover count when it last covered itself
    private Task _reminderTurns = Task.CompletedTask; // registering and unregistering, one after the other, never overlapping
    private long _covers;
    private bool _registered;
    private bool _knowsAll; // every file of the bucket that may be unsettled is in _covered
    private bool _sweeping;

    public async Task CoverAsync(long ingestId)
    {
        _covered[ingestId] = ++_covers;
        if (_registered) return;
        await InTurnAsync(async () =>
        {
            if (_registered) return;
            // No reminder yet: the last sweep saw every earlier file settled, so this activation knows all that is open.
            if (!_knowsAll) _knowsAll = await this.GetReminder(SweepReminder) is null;
            var period = options.Value.SweepPeriod;
            await this.RegisterOrUpdateReminder(SweepReminder, period, period);
            _registered = true;
        });
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != SweepReminder || _sweeping) return;
        _sweeping = true;
        try
        {
            await SweepAsync();
        }
        finally
        {
            _sweeping = false;
        }
    }

    private async Task SweepAsync()
    {
        var coversAtStart = _covers;
        var bucket = this.GetPrimaryKeyLong();
        var (from, to) = SweepBuckets.Range(bucket);
        var settled = await catalog.SettledAsync(from, to, CancellationToken.None);
        List<long> candidates = _knowsAll ? [.. _covered.Keys] : [.. Enumerable.Range(0, (int)SweepBuckets.Size).Select(i => from + i)];
        var toProbe = candidates.Where(id => !settled.Contains(id)).ToList();
        var unsettled = new List<long>();
        foreach (var chunk in toProbe.Chunk(ProbesAtOnce))
        {
            var probes = chunk.Select(async id => (Id: id, Settled: await ProbeAsync(id))).ToList();
            foreach (var probe in await Task.WhenAll(probes))
            {
                if (!probe.Settled) unsettled.Add(probe.Id);
            }
        }

        var open = unsettled.ToHashSet();
        foreach (var id in candidates.Where(id => !open.Contains(id) && _covered.TryGetValue(id, out var at) && at <= coversAtStart).ToList())
        {
            _covered.Remove(id); // settled, and not covered again since the sweep began
        }

        foreach (var id in unsettled) _covered.TryAdd(id, 0);
        _knowsAll = true;
        LogSwept(logger, bucket, toProbe.Count, unsettled.Count);
        if (_covered.Count == 0 && _covers == coversAtStart) await StopAsync(coversAtStart);
    }

    private async Task<bool> ProbeAsync(long ingestId)
    {
        try
        {
            return await GrainFactory.GetGrain<IFileGrain>(ingestId).ResumeAsync();
        }
#pragma warning disable CA1031 // One file failing to come back keeps the bucket's reminder; the others are swept all the same.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogProbeFailed(logger, ex, ingestId);
            return false;
        }
    }

    private Task StopAsync(long coversAtStart) => InTurnAsync(async () =>
    {
        // Checked again in its turn: a file covering itself from here on sees no reminder and registers it anew.
        if (_covered.Count > 0 || _covers != coversAtStart) return;
        _registered = false;
        if (await this.GetReminder(SweepReminder) is { } reminder) await this.UnregisterReminder(reminder);
    });

    /// <summary>Runs a reminder change once every earlier one has ended, so a register and an unregister never cross in storage.</summary>
    private async Task InTurnAsync(Func<Task> change)
    {
        var earlier = _reminderTurns;
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _reminderTurns = mine.Task;
        try
        {
            await earlier;
            await change();
        }
        finally
        {
            mine.SetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep of id bucket {Bucket}: {Probed} files probed, {Unsettled} still unsettled")]
    private static partial void LogSwept(ILogger logger, long bucket, int probed, int unsettled);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep could not bring file {IngestId} back; it is probed again on the next tick")]
    private static partial void LogProbeFailed(ILogger logger, Exception ex, long ingestId);
}
