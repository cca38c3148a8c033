using System.Text.RegularExpressions;
using LaserGrains.Tests.Common;
using YamlDotNet.RepresentationModel;

namespace LaserGrains.Tests.Unit.Deploy;

/// <summary>What deploy/compose.yaml and deploy/k8s/ say, read from the files themselves.</summary>
internal static partial class DeployFiles
{
    public static string Deploy { get; } = Path.Combine(TestEnvironment.RepoRoot, "deploy");

    public static string ComposePath { get; } = Path.Combine(Deploy, "compose.yaml");

    public static IEnumerable<string> KubernetesPaths() =>
        Directory.GetFiles(Path.Combine(Deploy, "k8s"), "*.yaml").Where(p => Path.GetFileName(p) != "kustomization.yaml").Order();

    /// <summary>Every file that names settings: compose, the manifests, the Dockerfiles.</summary>
    public static IEnumerable<string> AllPaths() =>
        [ComposePath, .. KubernetesPaths(), .. Directory.GetFiles(Path.Combine(Deploy, "docker"), "*.Dockerfile").Order()];

    /// <summary>Every LG_* and WEBHOOK_* name written in those files (comments included: a comment naming a setting must be right too).</summary>
    public static IReadOnlyDictionary<string, string> NamedSettings()
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in AllPaths())
        {
            foreach (Match m in SettingName().Matches(File.ReadAllText(path))) named.TryAdd(m.Value, Path.GetRelativePath(TestEnvironment.RepoRoot, path));
        }

        return named;
    }

    /// <summary>One compose service: its environment after merges and the names of the secrets it mounts.</summary>
    public sealed record ComposeService(IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Secrets, YamlNode Node);

    public static IReadOnlyDictionary<string, ComposeService> ComposeServices()
    {
        var root = Yaml.Documents(ComposePath).Single();
        return Yaml.Entries(Yaml.At(root, "services")).ToDictionary(
            s => s.Key,
            s => new ComposeService(Yaml.Scalars(Yaml.At(s.Value, "environment")), [.. Yaml.Items(Yaml.At(s.Value, "secrets"))], s.Value));
    }

    public static IReadOnlyList<YamlMappingNode> KubernetesObjects() => [.. KubernetesPaths().SelectMany(Yaml.Documents)];

    public static YamlMappingNode Object(string kind, string name) =>
        KubernetesObjects().Single(o => Yaml.Text(Yaml.At(o, "kind")) == kind && Yaml.Text(Yaml.At(o, "metadata", "name")) == name);

    public static Dictionary<string, string> ConfigMap() => Yaml.Scalars(Yaml.At(Object("ConfigMap", "lasergrains-settings"), "data"));

    public static Dictionary<string, string> Secret() => Yaml.Scalars(Yaml.At(Object("Secret", "lasergrains-secrets"), "stringData"));

    /// <summary>The first container of a workload's pod template.</summary>
    public static YamlNode Container(string kind, string name) =>
        ((YamlSequenceNode)Yaml.At(Object(kind, name), "spec", "template", "spec", "containers")!).Children[0];

    /// <summary>A container's own env entries: name → literal value, or null when it comes from elsewhere (valueFrom).</summary>
    public static Dictionary<string, string?> ContainerEnv(YamlNode container) =>
        Yaml.At(container, "env") is YamlSequenceNode env
            ? env.Children.ToDictionary(e => Yaml.Text(Yaml.At(e, "name"))!, e => Yaml.Text(Yaml.At(e, "value")), StringComparer.Ordinal)
            : [];

    /// <summary>Whether the container takes the whole settings ConfigMap and Secret as its environment.</summary>
    public static bool TakesSettingsAndSecrets(YamlNode container)
    {
        var sources = Yaml.At(container, "envFrom") is YamlSequenceNode s ? s.Children : [];
        return sources.Any(e => Yaml.Text(Yaml.At(e, "configMapRef", "name")) == "lasergrains-settings")
            && sources.Any(e => Yaml.Text(Yaml.At(e, "secretRef", "name")) == "lasergrains-secrets");
    }

    [GeneratedRegex(@"\b(?:LG|WEBHOOK)_[A-Z0-9_]*[A-Z0-9]\b")]
    private static partial Regex SettingName();
}
