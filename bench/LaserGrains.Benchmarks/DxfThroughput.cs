using System.Diagnostics;
using System.Globalization;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Dxf;

namespace LaserGrains.Benchmarks;

/// <summary>A plain timing loop over the corpus (read + analyze), printing files/s and MB/s for comparison with ezdxf.</summary>
public static class DxfThroughput
{
    /// <summary>Usage: --dxf-throughput [iterations] [corpus folder].</summary>
    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var files = CorpusFiles.LoadDxf(args.Length > 1 ? args[1] : CorpusFiles.FindCorpus());
        RunOnce(files); // warm-up: JIT and tiered compilation
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var (count, bytes, failed) = (0, 0L, 0);
        for (var i = 0; i < iterations; i++)
        {
            var r = RunOnce(files);
            count += r.Files;
            bytes += r.Bytes;
            failed += r.Failed;
        }

        var s = sw.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;

        // CPU seconds next to wall seconds: on a shared, overloaded machine the wall clock mostly measures waiting.
        Console.WriteLine(FormattableString.Invariant(
            $"csharp files={count} failed={failed} seconds={s:F3} files_per_s={count / s:F1} mb_per_s={bytes / s / 1e6:F2} cpu_seconds={cpu:F3} files_per_cpu_s={count / cpu:F1} mb_per_cpu_s={bytes / cpu / 1e6:F2}"));
        return 0;
    }

    public static (int Files, long Bytes, int Failed) RunOnce(List<(string Name, byte[] Bytes)> files)
    {
        var (n, bytes, failed) = (0, 0L, 0);
        foreach (var (_, data) in files)
        {
            try
            {
                var drawing = DxfReader.Read(new MemoryStream(data, false));
                DxfAnalyzer.Analyze(drawing);
            }
            catch (ExtractionFailedException)
            {
                failed++;
            }

            n++;
            bytes += data.Length;
        }

        return (n, bytes, failed);
    }

    /// <summary>Prints our figures per corpus file (drawing units), for comparing with MANIFEST.tsv by eye.</summary>
    public static int Dump(string[] args)
    {
        var corpus = args.Length > 0 ? args[0] : CorpusFiles.FindCorpus();
        foreach (var (name, data) in CorpusFiles.LoadDxf(corpus))
        {
            try
            {
                var sw = Stopwatch.StartNew();
                var d = DxfReader.Read(new MemoryStream(data, false));
                for (var i = 0; i < 4; i++) d = DxfReader.Read(new MemoryStream(data, false));
                var read = sw.Elapsed.TotalMilliseconds / 5;
                sw.Restart();
                var a = DxfAnalyzer.Analyze(d);
                for (var i = 0; i < 4; i++) a = DxfAnalyzer.Analyze(d);
                var analyze = sw.Elapsed.TotalMilliseconds / 5;
                Console.Write(FormattableString.Invariant($"read={read:F2}ms analyze={analyze:F2}ms\t"));
                Console.WriteLine(FormattableString.Invariant(
                    $"{name}\t{d.Version}\t{a.Width:F4} x {a.Height:F4}\t{a.CutLength:F3} 3d={a.SpatialLength:F3}\t{a.ClosedContours} {a.OpenContours}\tdup={a.Duplicates.Count}\tarea={a.NetArea:F2}\t{string.Join(',', a.EntityCounts.Select(kv => kv.Key + ":" + kv.Value))}"));
            }
            catch (ExtractionFailedException ex)
            {
                Console.WriteLine($"{name}\tFAILED {ex.Code}: {ex.Message}");
            }
        }

        return 0;
    }
}
