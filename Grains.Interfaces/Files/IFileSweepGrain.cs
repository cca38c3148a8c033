namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>
/// The crash backstop of one bucket of ingest ids: holds one reminder while any accepted file of the bucket may be
/// unfinished, and on its tick brings those files back. Keyed by the bucket number (ingest id / bucket size).
/// </summary>
[Alias("lg.file-sweep")]
public interface IFileSweepGrain : IGrainWithIntegerKey
{
    /// <summary>Answers once the bucket's reminder is registered; a file grain calls it before it persists an accepted file.</summary>
    [Alias("cover")]
    Task CoverAsync(long ingestId);
}
