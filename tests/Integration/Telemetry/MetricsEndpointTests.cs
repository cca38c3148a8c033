using System.Net.Http.Headers;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Webhooks;

namespace LaserGrains.Tests.Integration.Telemetry;

/// <summary>
/// GET /metrics on the gateway and on the silo's HTTP endpoint: admins only (401 without a key, 403 with a weaker one), and
/// after an upload and its deliveries LaserGrains' counters have moved next to the ASP.NET Core and Orleans metrics.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsEndpointTests(TelemetryFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Metrics_are_admin_only_on_the_gateway_and_the_silo()
    {
        var cluster = fixture.Cluster;
        var viewer = await cluster.CreateKeyAsync("metrics-viewer", "viewer");
        foreach (var url in new[] { cluster.Url("/metrics"), SiloMetrics(cluster) })
        {
            Assert.Equal(401, await StatusAsync(url, null));
            Assert.Equal(401, await StatusAsync(url, "lg_not-a-key-of-this-cluster"));
            Assert.Equal(403, await StatusAsync(url, viewer));
            Assert.Equal(200, await StatusAsync(url, AdminKey(cluster)));
        }
    }

    [Fact]
    public async Task An_upload_and_its_deliveries_move_our_counters_on_both_processes()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        var (subscription, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var gatewayBefore = await ScrapeAsync(cluster, cluster.Url("/metrics"));
            var siloBefore = await ScrapeAsync(cluster, SiloMetrics(cluster));
            var files = await cluster.UploadFilesAsync(1, "metrics");
            await receiver.AllDeliveredAsync(files, Wait);

            var gateway = await Eventually.GetAsync<string>(async () => await ScrapeAsync(cluster, cluster.Url("/metrics")),
                t => Moved(gatewayBefore, t!, "lasergrains_gateway_files_total", "kind=\"dxf_ascii\"", "outcome=\"completed\""), Wait, "the gateway's file counter to move");
            Assert.True(PrometheusText.Has(gateway, "http_server_request_duration_seconds"), "ASP.NET Core's metrics on the gateway");

            var sub = $"subscription=\"{subscription}\"";
            var silo = await Eventually.GetAsync<string>(async () => await ScrapeAsync(cluster, SiloMetrics(cluster)),
                t => Moved(siloBefore, t!, "lasergrains_webhook_attempts_total", sub, "outcome=\"success\""), Wait, "the silo's attempt counter to move");
            Assert.True(Moved(siloBefore, silo, "lasergrains_uploads_total", "kind=\"dxf_ascii\"", "outcome=\"completed\""), "uploads by kind and outcome");
            Assert.True(Moved(siloBefore, silo, "lasergrains_extraction_duration_seconds_count", "kind=\"dxf_ascii\""), "extraction duration by kind");
            Assert.Equal(2, PrometheusText.Sum(silo, "lasergrains_webhook_delivery_latency_seconds_count", sub));
            Assert.True(PrometheusText.Has(silo, "lasergrains_extraction_waiting"), "files waiting");
            Assert.True(PrometheusText.Has(silo, "lasergrains_webhook_backlog"), "backlog per subscription");
            Assert.True(PrometheusText.Has(silo, "orleans_"), "Orleans' own meter on the silo");
        }
        finally
        {
            await cluster.UnsubscribeAsync(subscription);
        }
    }

    private static bool Moved(string before, string after, string name, params string[] labels) =>
        PrometheusText.Sum(after, name, labels) > PrometheusText.Sum(before, name, labels);

    private static string AdminKey(LocalCluster cluster) => cluster.Http.DefaultRequestHeaders.Authorization!.Parameter!;

    private static Uri SiloMetrics(LocalCluster cluster) => new(cluster.SiloHttpUrls[0] + "/metrics");

    private static async Task<string> ScrapeAsync(LocalCluster cluster, Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey(cluster));
        using var response = await cluster.Http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<int> StatusAsync(Uri url, string? key)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }
}
