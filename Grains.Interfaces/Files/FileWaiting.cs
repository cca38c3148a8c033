namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>How a client waits for a file's work with its own bound, in short calls that each end well before Orleans' response timeout.</summary>
public static class FileWaiting
{
    /// <summary>
    /// Polls <see cref="IFileGrain.WaitAsync"/> in calls of at most <paramref name="pollCap"/> until the file is settled or
    /// <paramref name="bound"/> has passed. A failed call ends the wait with the last known progress (busy), never an error:
    /// the file is accepted and the client follows its status URL.
    /// </summary>
    public static async Task<FileProgress> WaitSettledAsync(
        this IFileGrain grain, FileProgress accepted, TimeSpan bound, TimeSpan pollCap, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(time);
        var deadline = time.GetUtcNow() + bound;
        var last = accepted;
        while (last.Busy && !cancellationToken.IsCancellationRequested)
        {
            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero) break;
            try
            {
                last = await grain.WaitAsync(left < pollCap ? left : pollCap);
            }
#pragma warning disable CA1031 // A silo dying mid-wait must not turn an accepted file into an error answer.
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                return last with { Busy = true };
            }
        }

        return last;
    }
}
