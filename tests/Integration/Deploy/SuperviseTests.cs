using System.Diagnostics;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Deploy;

/// <summary>
/// deploy/supervise.sh, which keeps the local run's silo and gateway going: a process that dies is started again with
/// a doubling back-off, told in its log; one refused at its first start is not retried; SIGTERM stops the process too.
/// Stand-in commands replace the silo so that this takes seconds.
/// </summary>
public sealed class SuperviseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lg-supervise-").FullName;

    private string Log => Path.Combine(_dir, "process.log");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ProcessThatDies_IsRestarted_WithADoublingBackOff_ToldInItsLog()
    {
        using var supervisor = Supervise("echo started; exit 1");
        try
        {
            var log = await Eventually.GetAsync(
                () => Task.FromResult<string?>(File.Exists(Log) ? File.ReadAllText(Log) : ""),
                text => text!.Contains("restarting it in 4 s", StringComparison.Ordinal),
                TimeSpan.FromSeconds(60), "three restarts in the log");

            Assert.Matches(@"demo exited \(status 1 after \d+ s\); restarting it in 1 s\n", log);
            Assert.Matches(@"demo exited \(status 1 after \d+ s\); restarting it in 2 s\n", log);
            Assert.True(log.Split("started").Length - 1 >= 3, log);
        }
        finally
        {
            await StopAsync(supervisor);
        }
    }

    [Fact]
    public async Task ProcessRefusedAtItsFirstStart_IsNotRetried()
    {
        using var supervisor = Supervise("exit 2");

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60))) await supervisor.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, supervisor.ExitCode);
        Assert.Contains("demo refused to start (exit 2", await File.ReadAllTextAsync(Log), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_StopsTheProcess_AndTheSupervisor_WithoutARestart()
    {
        var pidFile = Path.Combine(_dir, "pid");
        using var supervisor = Supervise($"echo $$ > '{pidFile}'; exec sleep 300");
        var pid = await Eventually.GetAsync(
            () => Task.FromResult<string?>(File.Exists(pidFile) ? File.ReadAllText(pidFile).Trim() : null),
            p => !string.IsNullOrEmpty(p), TimeSpan.FromSeconds(60), "the process's pid");

        await StopAsync(supervisor);

        Assert.Equal(0, supervisor.ExitCode);
        Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} outlived its supervisor");
        Assert.DoesNotContain("restarting", await File.ReadAllTextAsync(Log), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigint_IsLeftToRunLocal_SoTheSupervisorNeitherDiesNorOrphansItsProcess()
    {
        var pidFile = Path.Combine(_dir, "pid");
        using var supervisor = Supervise($"echo $$ > '{pidFile}'; exec sleep 300");
        var pid = await Eventually.GetAsync(
            () => Task.FromResult<string?>(File.Exists(pidFile) ? File.ReadAllText(pidFile).Trim() : null),
            p => !string.IsNullOrEmpty(p), TimeSpan.FromSeconds(60), "the process's pid");

        await SignalAsync("-INT", supervisor);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.False(supervisor.HasExited, "the supervisor died of SIGINT");
        Assert.True(Directory.Exists($"/proc/{pid}"), "the process died of SIGINT");
        await StopAsync(supervisor);
        Assert.Equal(0, supervisor.ExitCode);
    }

    private Process Supervise(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, WorkingDirectory = TestEnvironment.RepoRoot };
        foreach (var a in new[] { "-c", "set -euo pipefail; source deploy/supervise.sh; supervise demo \"$0\" bash -c \"$1\"", Log, script })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task StopAsync(Process supervisor)
    {
        if (supervisor.HasExited) return;
        await SignalAsync("-TERM", supervisor);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await supervisor.WaitForExitAsync(timeout.Token);
    }

    private static async Task SignalAsync(string signal, Process target)
    {
        using var kill = Process.Start("kill", [signal, target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }
}
