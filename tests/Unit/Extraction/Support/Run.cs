using Xunit;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Tests.Unit.Extraction.Support;

/// <summary>Runs an extractor over bytes the way the pipeline does.</summary>
public static class Run
{
    public static ExtractionResult Extract(IFileExtractor extractor, FileKind kind, byte[] bytes, ExtractionLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return extractor.Extract(stream, new ExtractionContext { Kind = kind, Limits = limits ?? ExtractionLimits.Default }, CancellationToken.None);
    }

    public static ExtractionFailedException Fails(IFileExtractor extractor, FileKind kind, byte[] bytes, ExtractionLimits? limits = null) =>
        Assert.Throws<ExtractionFailedException>(() => Extract(extractor, kind, bytes, limits));
}
