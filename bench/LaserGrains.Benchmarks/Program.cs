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

BenchmarkSwitcher.FromAssembly(typeof(DxfThroughput).Assembly).Run(args);
return 0;
