using LaserGrains.Gateway.Auth.Commands;
using LaserGrains.Gateway.Hosting;
using LaserGrains.Gateway.Ui;
using LaserGrains.Shared.Hosting;

var builder = HostBuilderDefaults.Create(args);
if (SettingRules.FirstProblem(Environment.GetEnvironmentVariables()) is { } invalid)
{
    await Console.Error.WriteLineAsync($"lasergrains-gateway: {invalid}");
    return 2;
}

builder.Configuration.AddInMemoryCollection(EnvironmentSettings.From(Environment.GetEnvironmentVariables()));

if (await DatabaseCheck.ProblemAsync(builder.Configuration["Database:ConnectionString"], CancellationToken.None) is { } problem)
{
    await Console.Error.WriteLineAsync($"lasergrains-gateway: {problem}");
    return 2;
}

// deploy/keys.sh and deploy/users.sh run the gateway with a command instead of serving.
if (AccessCommands.Handles(args)) return await AccessCommands.RunAsync(args, builder.Configuration["Database:ConnectionString"]!);

if (await LaserGrains.Shared.Storage.BlobStoreCheck.ProblemAsync(builder.Configuration, CancellationToken.None) is { } blobProblem)
{
    await Console.Error.WriteLineAsync($"lasergrains-gateway: {blobProblem}");
    return 2;
}

builder.AddLaserGrainsGateway();
builder.AddLaserGrainsUi();
var app = builder.Build();
app.MapLaserGrainsGateway();
app.MapLaserGrainsUi();
return await app.RunUntilStoppedAsync("lasergrains-gateway");
