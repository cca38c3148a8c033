using BenchmarkDotNet.Attributes;
using LaserGrains.Grains.Extraction.Dxf;

namespace LaserGrains.Benchmarks;

/// <summary>BenchmarkDotNet view of DXF throughput: the whole corpus per operation, read alone and read + analyze.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DxfCorpusBenchmark
{
    private List<(string Name, byte[] Bytes)> _files = [];

    /// <summary>Bytes in one pass over the corpus; MB/s = this / mean time.</summary>
    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = CorpusFiles.LoadDxf(CorpusFiles.FindCorpus());
        CorpusBytes = _files.Sum(f => (long)f.Bytes.Length);
        Console.WriteLine($"// corpus: {_files.Count} files, {CorpusBytes} bytes");
    }

    [Benchmark]
    public int ReadOnly()
    {
        var n = 0;
        foreach (var (_, data) in _files)
        {
            try
            {
                n += DxfReader.Read(new MemoryStream(data, false)).Entities.Count;
            }
            catch (LaserGrains.Grains.Extraction.ExtractionFailedException)
            {
                n--;
            }
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int ReadAndAnalyze() => DxfThroughput.RunOnce(_files).Files;
}
