using System.Diagnostics;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Deploy;

/// <summary>Runs one of the validation tools deploy/test.sh installs (docker-compose, kubectl, yamllint) and keeps what it said.</summary>
internal sealed record Tool(int ExitCode, string Output, string Errors)
{
    public static async Task<Tool> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = TestEnvironment.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Tool(process.ExitCode, await output, await errors);
    }

    public override string ToString() => $"exit {ExitCode}; stderr: {Errors}; stdout: {Output}";
}
