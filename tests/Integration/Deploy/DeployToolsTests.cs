using System.Text.RegularExpressions;

namespace LaserGrains.Tests.Integration.Deploy;

/// <summary>
/// deploy/compose.yaml and deploy/k8s pass the tools that work without a Docker engine or a cluster: docker-compose's
/// config check, kubectl's kustomize rendering and yamllint (deploy/test.sh installs Debian's packages when missing).
/// Each tool is also shown a broken file, so a check that silently accepts everything would fail here.
/// </summary>
public sealed partial class DeployToolsTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("lg-deploy-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task ComposeFile_PassesDockerComposeConfig_WithoutWarnings()
    {
        var result = await Tool.RunAsync("docker-compose", "-f", "deploy/compose.yaml", "config", "-q");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("WARN", result.Errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DockerComposeConfig_RefusesABrokenFile()
    {
        var broken = Path.Combine(_scratch, "compose.yaml");
        await File.WriteAllTextAsync(broken, "services:\n  silo:\n    image: x\n    restart: sometimes\n    depends_on: 3\n");

        var result = await Tool.RunAsync("docker-compose", "-f", broken, "config", "-q");

        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task Manifests_RenderWithKubectlKustomize_IntoEveryPieceInOneNamespace()
    {
        var result = await Tool.RunAsync("kubectl", "kustomize", "deploy/k8s");

        Assert.True(result.ExitCode == 0, result.ToString());
        var kinds = Kind().Matches(result.Output).Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Equal(
            ["ConfigMap", "Deployment", "Deployment", "Job", "Namespace", "PersistentVolumeClaim", "PodDisruptionBudget", "PodDisruptionBudget",
             "Role", "RoleBinding", "Secret", "Service", "ServiceAccount"],
            kinds);
        // Every object but the Namespace itself, plus the RoleBinding's subject (the silos' ServiceAccount).
        Assert.Equal(kinds.Count - 1 + 1, NamespaceLine().Count(result.Output));
        Assert.Contains("image: lasergrains-silo:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KubectlKustomize_RefusesAMissingResource()
    {
        await File.WriteAllTextAsync(Path.Combine(_scratch, "kustomization.yaml"), "resources:\n  - missing.yaml\n");

        var result = await Tool.RunAsync("kubectl", "kustomize", _scratch);

        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task DeploymentYaml_PassesYamllint()
    {
        var result = await Tool.RunAsync("yamllint", "--strict", "-c", "deploy/yamllint.yaml", "deploy/compose.yaml", "deploy/k8s", "deploy/yamllint.yaml");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Yamllint_RefusesADuplicateKey()
    {
        var broken = Path.Combine(_scratch, "broken.yaml");
        await File.WriteAllTextAsync(broken, "kind: ConfigMap\nkind: Secret\n");

        var result = await Tool.RunAsync("yamllint", "--strict", "-c", "deploy/yamllint.yaml", broken);

        Assert.NotEqual(0, result.ExitCode);
    }

    [GeneratedRegex(@"^kind: (\w+)$", RegexOptions.Multiline)]
    private static partial Regex Kind();

    [GeneratedRegex(@"^  namespace: lasergrains$", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
