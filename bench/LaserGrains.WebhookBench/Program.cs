using LaserGrains.WebhookBench;

// Usage: dotnet bench/LaserGrains.WebhookBench/bin/Release/net10.0/LaserGrains.WebhookBench.dll [events] [rate]
var events = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
var rate = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
await using var bench = await BenchCluster.StartAsync();
await Scenarios.ThroughputAsync(bench, events);
await Scenarios.LatencyAsync(bench, rate, TimeSpan.FromSeconds(15));
return 0;
