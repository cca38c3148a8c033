using System.Diagnostics;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>The operator's recipe in docs/LASER_OS.md, run by bash exactly as written, is accepted by the receiver.</summary>
[Collection(ReceiverCollection.Name)]
public sealed class SigningRecipeTests(ReceiverFixture fixture)
{
    private const string Marker = "<!-- signing-recipe";

    [Fact]
    public async Task DocumentedRecipe_SignsSeedCurlExample_ReceiverHandlesIt()
    {
        var work = Directory.CreateTempSubdirectory("lg-recipe-");
        try
        {
            // The recipe reads the secret where the local run keeps it, relative to the repository root.
            Directory.CreateDirectory(Path.Combine(work.FullName, ".data"));
            await File.WriteAllTextAsync(Path.Combine(work.FullName, ".data", "receiver-secret"), ReceiverFixture.Secret + "\n");

            var (exit, output) = await RunBashAsync(ReadRecipe(), work.FullName);

            Assert.True(exit == 0, output);
            Assert.Contains("\"status\":\"handled\"", output, StringComparison.Ordinal);
            Assert.Equal("test.dxf", await fixture.Receiver.ScalarAsync<string>("SELECT original_filename FROM laser_os.design_files WHERE ingest_id = 123"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ReceiverSecretScript_GeneratesOnceThenReusesAValidSecret()
    {
        var file = Path.Combine(Path.GetTempPath(), "lg-secret-" + Guid.NewGuid().ToString("N"), "receiver-secret");
        var script = Path.Combine(TestEnvironment.RepoRoot, "deploy", "receiver-secret.sh");
        try
        {
            var first = await RunBashAsync($"LG_RECEIVER_SECRET_FILE='{file}' bash '{script}'", TestEnvironment.RepoRoot);
            var second = await RunBashAsync($"LG_RECEIVER_SECRET_FILE='{file}' bash '{script}'", TestEnvironment.RepoRoot);

            Assert.Equal(0, first.Exit);
            Assert.Equal(first.Output, second.Output);
            Assert.StartsWith("whsec_", first.Output, StringComparison.Ordinal);
            Assert.Equal(32, Convert.FromBase64String(first.Output.Trim()["whsec_".Length..]).Length);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static string ReadRecipe()
    {
        var doc = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "docs", "LASER_OS.md"));
        var start = doc.IndexOf("```bash\n", doc.IndexOf(Marker, StringComparison.Ordinal), StringComparison.Ordinal) + "```bash\n".Length;
        return doc[start..doc.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    private async Task<(int Exit, string Output)> RunBashAsync(string script, string workingDirectory)
    {
        var info = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["LG_GATEWAY_URL"] = fixture.Cluster.GatewayUrl;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
