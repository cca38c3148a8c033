using LaserGrains.Grains.Telemetry;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Files;

/// <summary>The silo-wide bound on extractions running at once (LG_MAX_CONCURRENT_EXTRACTIONS); waiting for a slot blocks no thread.</summary>
public sealed class ExtractionSlots(IOptions<FileGrainOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentExtractions, options.Value.MaxConcurrentExtractions);

    /// <summary>Runs <paramref name="work"/> once a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        FileMetrics.StartedWaiting();
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        finally
        {
            FileMetrics.StoppedWaiting();
        }

        try
        {
            return await work();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
