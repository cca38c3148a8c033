using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Auth;

/// <summary>API keys end to end: created, listed without the key, used, revoked within seconds; audit rows of changes.</summary>
[Collection(AuthCollection.Name)]
public sealed class AccessFlowTests(AuthFixture fixture)
{
    [Fact]
    public async Task ApiKey_CreatedListedRevoked_StopsWorkingWithinSeconds()
    {
        var c = fixture.Cluster;
        using var created = await c.Http.PostAsJsonAsync(c.Url("/api-keys"), new { name = "robot", role = "viewer" });
        Assert.Equal(201, (int)created.StatusCode);
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = key.GetProperty("key").GetString()!;
        Assert.StartsWith("lg_", secret, StringComparison.Ordinal);
        Assert.StartsWith(key.GetProperty("prefix").GetString()!, secret, StringComparison.Ordinal);

        using (var use = await fixture.SendAsync(HttpMethod.Get, "/files", secret)) Assert.Equal(200, (int)use.StatusCode);
        var (_, list) = await c.GetJsonAsync("/api-keys");
        var listed = list.EnumerateArray().Single(k => k.GetProperty("id").GetInt64() == key.GetProperty("id").GetInt64());
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.Equal("viewer", listed.GetProperty("role").GetString());
        Assert.DoesNotContain(secret, list.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0L, await c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_api_keys WHERE prefix = '{secret}'"));
        Assert.NotNull(await c.Database.ScalarAsync<DateTime?>($"SELECT last_used_at FROM lg_api_keys WHERE id = {key.GetProperty("id").GetInt64()}"));

        using (var revoke = await c.Http.DeleteAsync(c.Url($"/api-keys/{key.GetProperty("id").GetInt64()}"))) Assert.Equal(204, (int)revoke.StatusCode);
        var started = DateTime.UtcNow;
        await Eventually.GetAsync(
            async () => { using var r = await fixture.SendAsync(HttpMethod.Get, "/files", secret); return (int)r.StatusCode; },
            s => s == 401, TimeSpan.FromSeconds(15), "the revoked key to be refused");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task HardDelete_LeavesAnAuditRow_ButNoneOfTheFilesContent()
    {
        var c = fixture.Cluster;
        var marker = "AUDITMARK" + Guid.NewGuid().ToString("N")[..8];
        var (status, file) = await c.UploadAsync($"{marker}-Plate.dxf", SampleFiles.RectangleDxf(marker));
        Assert.Equal(201, status);
        var id = file.GetProperty("ingest_id").GetInt64();

        using (var denied = await fixture.SendAsync(HttpMethod.Delete, $"/files/{id}?hard_delete=true", fixture.OperatorKey)) Assert.Equal(403, (int)denied.StatusCode);
        using (var deleted = await c.Http.DeleteAsync(c.Url($"/files/{id}?hard_delete=true"))) Assert.Equal(200, (int)deleted.StatusCode);

        var (_, audit) = await c.GetJsonAsync("/audit?limit=500");
        var rows = audit.EnumerateArray().ToList();
        var row = rows.First(r => r.GetProperty("action").GetString() == "DELETE /files/{id:long}" && r.GetProperty("target").GetString() == $"id={id}"
            && r.GetProperty("outcome").GetInt32() == 200);
        Assert.Equal("true", row.GetProperty("detail").GetProperty("hard_delete").GetString());
        Assert.StartsWith("key:tests", row.GetProperty("actor").GetString(), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", row.GetProperty("remote").GetString());
        Assert.Contains(rows, r => r.GetProperty("outcome").GetInt32() == 403 && r.GetProperty("actor").GetString()!.StartsWith("key:operator-key", StringComparison.Ordinal));
        Assert.Equal(0L, await c.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_audit WHERE concat_ws(' ', actor, action, target, detail::text) LIKE '%{marker}%'"));
        Assert.True(await c.Database.ScalarAsync<long>("SELECT count(*) FROM lg_audit") >= 2);
    }

    [Fact]
    public async Task ChangesByAnOperator_AreAuditedWithWhoAndWhat()
    {
        var c = fixture.Cluster;
        var (_, file) = await c.UploadAsync("Audit-Bracket.dxf", SampleFiles.RectangleDxf("audit-op"));
        var id = file.GetProperty("ingest_id").GetInt64();
        using (var reExtract = await fixture.SendAsync(HttpMethod.Post, $"/files/{id}/re-extract", fixture.OperatorKey)) Assert.Equal(200, (int)reExtract.StatusCode);

        var (_, audit) = await c.GetJsonAsync("/audit");
        Assert.Contains(audit.EnumerateArray(), r =>
            r.GetProperty("action").GetString() == "POST /files/{id:long}/re-extract" && r.GetProperty("target").GetString() == $"id={id}"
            && r.GetProperty("actor").GetString()!.StartsWith("key:operator-key", StringComparison.Ordinal));
    }
}
