using BenchmarkDotNet.Attributes;
using LaserGrains.Grains.Extraction.Naming;

namespace LaserGrains.Benchmarks;

/// <summary>The material catalog's search of free text, as naming runs it on every file's name and drawing text.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MaterialSearchBenchmark
{
    private readonly MaterialCatalog _catalog = MaterialCatalog.Default;

    [Params("loadgen-circle", "CL0042_PRJ9_bracket_left_MS_5mm_x4", "Stainless steel 304 2B, brushed one side, 3 mm, qty 12")]
    public string Text { get; set; } = "";

    [Benchmark]
    public int FindAllInText() => _catalog.FindAllInText(Text).Count;
}
