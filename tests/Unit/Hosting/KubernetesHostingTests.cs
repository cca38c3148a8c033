using System.Collections;
using System.Net;
using System.Net.NetworkInformation;
using LaserGrains.Shared.Hosting;
using LaserGrains.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Xunit;

namespace LaserGrains.Tests.Unit.Hosting;

/// <summary>The silo takes Orleans' Kubernetes hosting exactly when it runs in a pod set up by deploy/k8s.</summary>
public sealed class KubernetesHostingTests
{
    private static Hashtable Pod() => new()
    {
        ["KUBERNETES_SERVICE_HOST"] = "10.96.0.1",
        ["POD_NAME"] = "lasergrains-silo-7d9f-abcde",
        ["POD_NAMESPACE"] = "lasergrains",
        ["POD_IP"] = "10.244.1.17",
    };

    [Fact]
    public void Applies_InAPodWithTheDownwardApiVariables()
    {
        Assert.True(KubernetesHosting.Applies(Pod()));
    }

    [Theory]
    [InlineData("KUBERNETES_SERVICE_HOST")]
    [InlineData("POD_NAME")]
    [InlineData("POD_NAMESPACE")]
    [InlineData("POD_IP")]
    public void DoesNotApply_WhenAnyVariableIsMissingOrEmpty(string variable)
    {
        var missing = Pod();
        missing.Remove(variable);
        var empty = Pod();
        empty[variable] = "";

        Assert.False(KubernetesHosting.Applies(missing));
        Assert.False(KubernetesHosting.Applies(empty));
    }

    [Fact]
    public void InAPod_SiloIsNamedAfterThePod_AdvertisesItsIp_AndListensOnEveryAddress()
    {
        // Orleans' package reads the pod's facts from the process environment: set them only while resolving.
        var pod = Pod();
        foreach (DictionaryEntry e in pod) Environment.SetEnvironmentVariable((string)e.Key, (string)e.Value!);
        try
        {
            AssertPodEndpoints(pod);
        }
        finally
        {
            foreach (DictionaryEntry e in pod) Environment.SetEnvironmentVariable((string)e.Key, null);
        }
    }

    private static void AssertPodEndpoints(Hashtable pod)
    {
        using var host = Silo(pod);

        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        // The package advertises an address of the pod's own interfaces (in a pod, eth0 carries POD_IP), never the LG_SILO_ADDRESS.
        Assert.Contains(endpoints.AdvertisedIPAddress, LocalAddresses());
        Assert.NotEqual(IPAddress.Loopback, endpoints.AdvertisedIPAddress);
        Assert.Equal(IPAddress.Any, endpoints.SiloListeningEndpoint?.Address);
        Assert.Equal(11111, endpoints.SiloListeningEndpoint?.Port);
        Assert.Equal(30000, endpoints.GatewayListeningEndpoint?.Port);
        Assert.Equal("lasergrains-silo-7d9f-abcde", host.Services.GetRequiredService<IOptions<SiloOptions>>().Value.SiloName);
        Assert.Equal("cluster-a", host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId);
    }

    [Fact]
    public void OutsideAPod_TheConfiguredEndpointStays()
    {
        using var host = Silo(new Hashtable { ["POD_NAME"] = "not-a-pod" });

        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(IPAddress.Loopback, endpoints.AdvertisedIPAddress);
        Assert.Null(endpoints.SiloListeningEndpoint);
        Assert.Equal(11111, endpoints.SiloPort);
    }

    private static IPAddress[] LocalAddresses() =>
        [.. NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)];

    /// <summary>A silo host built (never started) the way the silo composes its endpoints and cluster identity.</summary>
    private static IHost Silo(IDictionary environment)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo =>
        {
            silo.ConfigureSiloEndpoints(new ClusterSettings { AdvertisedAddress = "127.0.0.1", SiloPort = 11111, GatewayPort = 30000 }, environment);
            silo.Configure<ClusterOptions>(o => { o.ClusterId = "cluster-a"; o.ServiceId = "svc"; });
        });
        return builder.Build();
    }
}
