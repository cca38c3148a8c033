using System.Collections;
using System.Net;
using LaserGrains.Shared.Hosting;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace LaserGrains.Silo.Hosting;

/// <summary>
/// Orleans' Kubernetes hosting (silo named after its pod, the pod's IP advertised, pods of dead silos noticed) when the
/// silo runs in a pod that deploy/k8s set up; anywhere else the LG_* endpoint settings apply unchanged.
/// </summary>
public static class KubernetesHosting
{
    /// <summary>Set by the kubelet in every pod.</summary>
    public const string ServiceHostVariable = "KUBERNETES_SERVICE_HOST";

    /// <summary>The pod's own facts, which deploy/k8s passes in through the downward API; all are needed.</summary>
    public static IReadOnlyList<string> PodVariables { get; } =
    [
        KubernetesHostingOptions.PodNameEnvironmentVariable,
        KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
        KubernetesHostingOptions.PodIPEnvironmentVariable,
    ];

    /// <summary>Whether <paramref name="environment"/> is that of a pod with the downward-API variables set.</summary>
    public static bool Applies(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Set(environment, ServiceHostVariable) && PodVariables.All(v => Set(environment, v));
    }

    /// <summary>
    /// The silo's endpoints: in a pod (<see cref="Applies"/>) Kubernetes hosting advertises the pod's IP and listens on
    /// every address, on the configured ports; elsewhere the configured address is advertised and listened on.
    /// </summary>
    public static ISiloBuilder ConfigureSiloEndpoints(this ISiloBuilder silo, ClusterSettings cluster, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(cluster);
        if (!Applies(environment))
        {
            return silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
        }

        // Only the ports are ours: the package fills in the address when none is set (it reads the same variables itself).
        silo.Configure<EndpointOptions>(o => { o.SiloPort = cluster.SiloPort; o.GatewayPort = cluster.GatewayPort; });
        return silo.UseKubernetesHosting();
    }

    private static bool Set(IDictionary environment, string variable) => environment[variable] is string { Length: > 0 };
}
