using System.Text.Json;
using LaserGrains.LoadGen;
using LaserGrains.LoadGen.Options;
using LaserGrains.LoadGen.Receiving;
using LaserGrains.LoadGen.Report;

// Exit codes: 0 every accepted upload settled, 1 some did not, 2 bad arguments.
if (args is ["receive", "--port", var port, "--log", var log, "--control-file", var control])
{
    return await FaultReceiver.RunAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), log, control);
}

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(ArgParser.Usage);
    return 0;
}

var repoRoot = RepoRoot.Find();
LoadOptions options;
var laserOs = !args.Contains("--no-laser-os");
try
{
    options = ArgParser.Parse([.. args.Where(a => a != "--no-laser-os")], Environment.GetEnvironmentVariable, repoRoot);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync($"lasergrains-loadgen: {e.Message}\n{ArgParser.Usage}");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var result = await LoadRun.ExecuteAsync(options, repoRoot, laserOs, cancel.Token);
TablePrinter.Print(result, Console.Out);
if (options.JsonPath is { } path)
{
    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
    }));
}

return result.Settlement.AllSettled ? 0 : 1;
