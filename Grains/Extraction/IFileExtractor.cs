using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction;

/// <summary>A pure reader of one family of file kinds: bytes in, facts out, no Orleans and no I/O beyond the stream.</summary>
public interface IFileExtractor
{
    /// <summary>A short stable name, e.g. "dxf".</summary>
    string Name { get; }

    /// <summary>Bumped whenever the extractor's output can change for the same bytes.</summary>
    string Version { get; }

    /// <summary>Whether this extractor reads files of <paramref name="kind"/>.</summary>
    bool CanExtract(FileKind kind);

    /// <summary>Reads the stream; throws <see cref="ExtractionFailedException"/> with a clear reason for bad input.</summary>
    ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken);
}
