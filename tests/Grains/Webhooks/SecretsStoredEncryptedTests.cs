using System.Text;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Tests.Grains.Infrastructure;
using Npgsql;

namespace LaserGrains.Tests.Grains.Webhooks;

/// <summary>Signing secrets at rest: the registry's row in OrleansStorage holds none in clear; the key ring is in PostgreSQL.</summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class SecretsStoredEncryptedTests(FakeClockClusterFixture fixture)
{
    [Fact]
    public async Task CreatedAndRotatedSecrets_AreNotInTheStoredPayload()
    {
        var registry = fixture.Client.GetGrain<IWebhookRegistryGrain>(0);
        var created = await registry.CreateAsync(new SubscriptionDraft("http://127.0.0.1:9/secret-at-rest", [], null));
        var rotated = await registry.RotateSecretAsync(created.Id, TimeSpan.FromHours(1));

        var payloads = await StoredPayloadsAsync();

        Assert.Contains(created.Id, payloads, StringComparison.Ordinal); // the registry's row is among them
        Assert.DoesNotContain(created.CurrentSecret, payloads, StringComparison.Ordinal);
        Assert.DoesNotContain(rotated!.CurrentSecret, payloads, StringComparison.Ordinal);
        Assert.DoesNotContain(created.CurrentSecret["whsec_".Length..], payloads, StringComparison.Ordinal);
        Assert.Contains("dp1:", payloads, StringComparison.Ordinal);
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM lg_data_protection_keys") >= 1);
        Assert.Equal(rotated.CurrentSecret, (await registry.GetAsync(created.Id))!.CurrentSecret); // readers still get the clear secret
    }

    private async Task<string> StoredPayloadsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT PayloadBinary FROM OrleansStorage WHERE PayloadBinary IS NOT NULL", connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync()) text.Append(Encoding.UTF8.GetString((byte[])reader[0])).Append('\n');
        return text.ToString();
    }
}
