using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>Stands in for a file that takes long to read: every SVG takes <see cref="Delay"/>, longer than the test cluster's response timeout.</summary>
public sealed class SlowSvgExtractor : IFileExtractor
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(6);

    public string Name => "slow-test";

    public string Version => "1";

    public bool CanExtract(FileKind kind) => kind == FileKind.Svg;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        Task.Delay(Delay, cancellationToken).GetAwaiter().GetResult(); // an extractor is synchronous CPU work; this one only takes time
        return new ExtractionResult { Kind = FileKind.Svg, Properties = new Dictionary<string, string> { ["slow"] = "yes" } };
    }
}
