using System.Collections;
using LaserGrains.Grains.Hosting;
using LaserGrains.Shared.Hosting;
using Xunit;

namespace LaserGrains.Tests.Unit.Deploy;

/// <summary>Every LaserGrains service of deploy/compose.yaml gets what it needs, with values the start-up rules accept.</summary>
public sealed class ComposeSettingsTests
{
    private static readonly string[] Silos = ["silo1", "silo2"];

    /// <summary>What every silo and gateway must be given (the rest have working defaults).</summary>
    private static readonly string[] Required = ["LG_DB", "LG_CLUSTER_ID", "LG_SERVICE_ID", "LG_STORAGE_ROOT"];

    [Theory]
    [InlineData("silo1", "WEBHOOK_SECRET")]
    [InlineData("silo2", "WEBHOOK_SECRET")]
    [InlineData("gateway", "LG_RECEIVER_SECRETS")]
    public void Service_GetsTheRequiredSettings_AndItsSecret(string service, string secret)
    {
        var s = DeployFiles.ComposeServices()[service];
        var given = s.Environment.Keys.Concat(s.Secrets).ToHashSet();

        foreach (var variable in Required.Append(secret)) Assert.True(given.Contains(variable), $"{service} lacks {variable}");
        Assert.Null(SettingRules.FirstProblem(new Hashtable(s.Environment.ToDictionary(e => e.Key, e => e.Value)), GrainSettingRules.Stricter));
    }

    [Fact]
    public void EachSilo_AdvertisesItsOwnFixedAddress()
    {
        var services = DeployFiles.ComposeServices();
        var addresses = Silos.Select(name => services[name]).Select(s => (
            Setting: s.Environment["LG_SILO_ADDRESS"],
            Network: Yaml.Text(Yaml.At(s.Node, "networks", "lasergrains", "ipv4_address")))).ToList();

        Assert.All(addresses, a => Assert.Equal(a.Setting, a.Network));
        Assert.Equal(Silos.Length, addresses.Select(a => a.Setting).Distinct().Count());
    }

    [Fact]
    public void EveryProcess_SharesOneClusterAndOneStore()
    {
        var processes = DeployFiles.ComposeServices().Where(s => Silos.Contains(s.Key) || s.Key == "gateway").Select(s => s.Value).ToList();

        foreach (var variable in new[] { "LG_CLUSTER_ID", "LG_SERVICE_ID", "LG_STORAGE_ROOT" })
        {
            Assert.Single(processes.Select(p => p.Environment[variable]).Distinct());
        }

        Assert.All(processes, p => Assert.Contains("files:/data/files", Yaml.Items(Yaml.At(p.Node, "volumes"))));
    }

    [Fact]
    public void EveryMountedSecret_IsDeclaredWithAFileUnderSecrets()
    {
        var root = Yaml.Documents(DeployFiles.ComposePath).Single();
        var declared = Yaml.Entries(Yaml.At(root, "secrets"));
        var mounted = DeployFiles.ComposeServices().Values.SelectMany(s => s.Secrets).Distinct().ToList();

        Assert.NotEmpty(mounted);
        Assert.All(mounted, name => Assert.StartsWith("./secrets/", Yaml.Text(Yaml.At(declared[name], "file")), StringComparison.Ordinal));
    }
}
