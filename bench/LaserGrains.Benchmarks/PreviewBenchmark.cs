using BenchmarkDotNet.Attributes;
using LaserGrains.Grains.Preview;

namespace LaserGrains.Benchmarks;

/// <summary>The preview of the largest corpus DXF: read, classify contours, write the SVG (what GET /files/{id}/preview.svg costs the silo).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PreviewBenchmark
{
    private byte[] _largest = [];

    [GlobalSetup]
    public void Setup()
    {
        var (name, bytes) = CorpusFiles.LoadDxf(CorpusFiles.FindCorpus()).MaxBy(f => f.Bytes.Length);
        _largest = bytes;
        var result = Render();
        Console.WriteLine($"// largest corpus DXF: {name}, {bytes.Length} bytes; SVG {result.Svg.Length} chars, {result.Vertices} vertices, simplified {result.Simplified}");
    }

    [Benchmark]
    public PreviewResult Render() =>
        SvgPreviewRenderer.Render(new MemoryStream(_largest, false), [], PreviewOptions.Default, CancellationToken.None);
}
