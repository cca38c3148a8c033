using LaserGrains.Grains.Hosting;
using LaserGrains.Shared.Hosting;
using LaserGrains.Silo.Hosting;

var builder = HostBuilderDefaults.Create(args);
if (SettingRules.FirstProblem(Environment.GetEnvironmentVariables(), GrainSettingRules.Stricter) is { } invalid)
{
    await Console.Error.WriteLineAsync($"lasergrains-silo: {invalid}");
    return 2;
}

builder.Configuration.AddInMemoryCollection(EnvironmentSettings.From(Environment.GetEnvironmentVariables()));

if (await DatabaseCheck.ProblemAsync(builder.Configuration["Database:ConnectionString"], CancellationToken.None) is { } problem)
{
    await Console.Error.WriteLineAsync($"lasergrains-silo: {problem}");
    return 2;
}

if (await LaserGrains.Shared.Storage.BlobStoreCheck.ProblemAsync(builder.Configuration, CancellationToken.None) is { } blobProblem)
{
    await Console.Error.WriteLineAsync($"lasergrains-silo: {blobProblem}");
    return 2;
}

builder.AddLaserGrainsSilo();
var app = builder.Build();
app.MapSiloEndpoints();
return await app.RunUntilStoppedAsync("lasergrains-silo");
