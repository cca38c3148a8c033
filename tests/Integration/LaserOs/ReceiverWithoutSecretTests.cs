using System.Text;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>A gateway started without LG_RECEIVER_SECRETS (the gateway fixture) refuses events and says why.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ReceiverWithoutSecretTests(GatewayFixture fixture)
{
    [Fact]
    public async Task Event_NoSecretConfigured_Returns503NamingTheSetting()
    {
        var receiver = new ReceiverClient(fixture.Cluster, ReceiverFixture.Secret);
        var id = EventBodies.NewIngestId();

        var (status, body) = await receiver.PostRawAsync(Encoding.UTF8.GetBytes(EventBodies.Event("file.ingested", id, 1, null).ToJsonString()), ReceiverClient.NewWebhookId());

        Assert.Equal(503, status);
        Assert.Contains("LG_RECEIVER_SECRETS", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await receiver.CountAsync("activity_log", $"ingest_id = {id}"));
    }

    [Fact]
    public async Task Health_NoSecretConfigured_ReportsUnhealthyButDatabaseReachable()
    {
        var (status, body) = await fixture.Cluster.GetJsonAsync("/webhooks/module-n/health");

        Assert.Equal(200, status);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("database").GetBoolean());
        Assert.False(body.GetProperty("secrets_configured").GetBoolean());
    }
}
