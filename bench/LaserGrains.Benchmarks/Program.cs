using BenchmarkDotNet.Running;
using LaserGrains.Benchmarks;

if (args.Length > 0 && args[0] == "--dxf-throughput")
{
    return DxfThroughput.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--blob-throughput")
{
    return await LaserGrains.Benchmarks.Blobs.BlobThroughput.RunAsync(args.Skip(1).ToArray());
}

if (args.Length > 2 && args[0] == "--grain-memory")
{
    return await GrainMemory.RunAsync(args.Skip(1).ToArray());
}

if (args.Length > 2 && args[0] == "--project-pool")
{
    return await ProjectPoolBench.RunAsync(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--dxf-dump")
{
    return DxfThroughput.Dump(args.Skip(1).ToArray());
}

if (args.Length > 1 && args[0] == "--dxf-phases")
{
    var files = CorpusFiles.LoadDxf(CorpusFiles.FindCorpus());
    var drawings = new List<LaserGrains.Grains.Extraction.Dxf.DxfDrawing>();
    var n = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    var proc = System.Diagnostics.Process.GetCurrentProcess();
    var c0 = proc.TotalProcessorTime;
    for (var i = 0; i < n; i++)
    {
        drawings.Clear();
        foreach (var (_, data) in files)
        {
            try { drawings.Add(LaserGrains.Grains.Extraction.Dxf.DxfReader.Read(new MemoryStream(data, false))); }
            catch (LaserGrains.Grains.Extraction.ExtractionFailedException) { }
        }
    }

    proc.Refresh();
    var c1 = proc.TotalProcessorTime;
    for (var i = 0; i < n; i++)
    {
        foreach (var d in drawings) LaserGrains.Grains.Extraction.Dxf.DxfAnalyzer.Analyze(d);
    }

    proc.Refresh();
    Console.WriteLine($"read cpu {(c1 - c0).TotalMilliseconds / n:F1} ms/pass, analyze cpu {(proc.TotalProcessorTime - c1).TotalMilliseconds / n:F1} ms/pass");
    return 0;
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
