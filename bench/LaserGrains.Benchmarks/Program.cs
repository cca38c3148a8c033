using BenchmarkDotNet.Running;
using LaserGrains.Benchmarks;

if (args.Length > 0 && args[0] == "--dxf-throughput")
{
    return DxfThroughput.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--dxf-dump")
{
    return DxfThroughput.Dump(args.Skip(1).ToArray());
}

if (args.Length > 2 && args[0] == "--dxf-profile")
{
    var data = File.ReadAllBytes(args[1]);
    for (var i = 0; i < int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var d = LaserGrains.Grains.Extraction.Dxf.DxfReader.Read(new MemoryStream(data, false));
        var r = sw.Elapsed.TotalMilliseconds;
        LaserGrains.Grains.Extraction.Dxf.DxfAnalyzer.Analyze(d);
        Console.WriteLine($"read {r:F1} ms, analyze {sw.Elapsed.TotalMilliseconds - r:F1} ms");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(DxfThroughput).Assembly).Run(args);
return 0;
