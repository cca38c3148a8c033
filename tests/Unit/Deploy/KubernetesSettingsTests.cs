using System.Collections;
using LaserGrains.Grains.Hosting;
using LaserGrains.Shared.Hosting;
using LaserGrains.Silo.Hosting;
using Xunit;

namespace LaserGrains.Tests.Unit.Deploy;

/// <summary>deploy/k8s gives the silos and gateways what they need, what Orleans' Kubernetes hosting expects, and agrees with compose.</summary>
public sealed class KubernetesSettingsTests
{
    [Fact]
    public void ConfigMapAndSecret_HoldTheRequiredSettings()
    {
        var configMap = DeployFiles.ConfigMap();
        var secret = DeployFiles.Secret();

        foreach (var variable in new[] { "LG_CLUSTER_ID", "LG_SERVICE_ID", "LG_STORAGE_ROOT" }) Assert.Contains(variable, configMap.Keys);
        foreach (var variable in new[] { "LG_DB", "LG_RECEIVER_SECRETS", "WEBHOOK_SECRET", "LG_PG_PASSWORD" }) Assert.Contains(variable, secret.Keys);
        // A secret belongs in the Secret only.
        Assert.DoesNotContain(configMap.Keys, secret.Keys.Contains);
    }

    [Fact]
    public void ConfigMapValues_AndContainerValues_PassTheStartUpRules()
    {
        var values = DeployFiles.ConfigMap();
        foreach (var (kind, name) in new[] { ("Deployment", "lasergrains-silo"), ("Deployment", "lasergrains-gateway") })
        {
            foreach (var (variable, value) in DeployFiles.ContainerEnv(DeployFiles.Container(kind, name)))
            {
                if (value is not null) values[variable] = value;
            }
        }

        Assert.Null(SettingRules.FirstProblem(new Hashtable(values), GrainSettingRules.Stricter));
    }

    [Theory]
    [InlineData("Deployment", "lasergrains-silo")]
    [InlineData("Deployment", "lasergrains-gateway")]
    [InlineData("Job", "lasergrains-migrate")]
    public void Workload_TakesTheSettingsAndSecrets(string kind, string name)
    {
        var container = DeployFiles.Container(kind, name);
        var takesWhole = DeployFiles.TakesSettingsAndSecrets(container);
        var env = DeployFiles.ContainerEnv(container);

        Assert.True(takesWhole || env.ContainsKey("LG_PG_PASSWORD"), $"{name} gets neither the Secret nor the database password");
        Assert.True(takesWhole || Yaml.At(container, "envFrom") is not null, $"{name} does not take the ConfigMap");
    }

    [Fact]
    public void SiloPods_CarryWhatOrleansKubernetesHostingReads()
    {
        var silo = DeployFiles.Object("Deployment", "lasergrains-silo");
        var labels = Yaml.Scalars(Yaml.At(silo, "spec", "template", "metadata", "labels"));
        var env = DeployFiles.ContainerEnv(DeployFiles.Container("Deployment", "lasergrains-silo"));
        var configMap = DeployFiles.ConfigMap();

        Assert.Equal(configMap["LG_SERVICE_ID"], labels["orleans/serviceId"]);
        Assert.Equal(configMap["LG_CLUSTER_ID"], labels["orleans/clusterId"]);
        foreach (var variable in KubernetesHosting.PodVariables) Assert.True(env.ContainsKey(variable), $"the silo pod lacks {variable}");
        Assert.Equal("lasergrains-silo", Yaml.Text(Yaml.At(silo, "spec", "template", "spec", "serviceAccountName")));
    }

    [Fact]
    public void KubernetesAndCompose_AgreeOnTheClusterAndItsPorts()
    {
        var compose = DeployFiles.ComposeServices()["silo1"].Environment;
        var configMap = DeployFiles.ConfigMap();

        foreach (var variable in new[] { "LG_CLUSTER_ID", "LG_SERVICE_ID", "LG_SILO_PORT", "LG_SILO_GATEWAY_PORT", "LG_STORAGE_ROOT" })
        {
            Assert.Equal(compose[variable], configMap[variable]);
        }
    }
}
