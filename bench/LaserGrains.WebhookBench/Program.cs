using System.Globalization;
using LaserGrains.WebhookBench;

// Usage: LaserGrains.WebhookBench.dll [events for the throughput run] [paced rates per second, comma-separated]
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var rates = (args.Length > 1 ? args[1] : "200,1000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture));
await using var bench = await BenchCluster.StartAsync();
Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
await Scenarios.ThroughputAsync(bench, events);
foreach (var rate in rates) await Scenarios.LatencyAsync(bench, rate, TimeSpan.FromSeconds(15));
Console.WriteLine($"load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
return 0;
