using System.Net.Http.Headers;
using System.Text.Json;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Hardening;

/// <summary>A real gateway with small rate limits: bursts get 429 + Retry-After per caller; security headers; downloads as attachments.</summary>
public sealed class AbuseLimitsTests : IAsyncLifetime
{
    private LocalCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await LocalCluster.StartAsync(gatewayOnly: _ => new()
    {
        ["LG_RATE_LIMIT_PER_MINUTE"] = "40",
        ["LG_RATE_LIMIT_ANONYMOUS_PER_MINUTE"] = "5",
    });

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task BurstPastTheLimit_Gets429WithRetryAfterAndProblem_OtherCallersUnaffected()
    {
        var key = await _cluster.CreateKeyAsync("burst", "viewer");
        var statuses = new List<int>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 45 && refused is null; i++)
        {
            var response = await SendAsync("/files", key);
            statuses.Add((int)response.StatusCode);
            if ((int)response.StatusCode == 429) refused = response;
            else response.Dispose();
        }

        Assert.NotNull(refused);
        Assert.Equal(41, statuses.Count); // 40 allowed in the window, the 41st refused
        Assert.All(statuses.Take(40), s => Assert.Equal(200, s));
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 });
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());

        // Another key has its own window; health probes are never limited.
        using var other = await SendAsync("/files", await _cluster.CreateKeyAsync("other", "viewer"));
        Assert.Equal(200, (int)other.StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsLimitedByAddress()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await SendAsync("/files", null);
            statuses.Add((int)response.StatusCode);
        }

        Assert.All(statuses.Take(5), s => Assert.Equal(401, s));
        Assert.Equal(429, statuses[5]);
        using var health = await SendAsync("/health/live", null);
        Assert.Equal(200, (int)health.StatusCode);
    }

    [Fact]
    public async Task Pages_AndApi_CarryTheSecurityHeaders()
    {
        using var page = await _cluster.Http.GetAsync(_cluster.Url("/"));
        Assert.Equal(200, (int)page.StatusCode);
        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Single(page, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(page, "Referrer-Policy"));
        Assert.Equal("nosniff", Single(page, "X-Content-Type-Options"));
        using var api = await _cluster.Http.GetAsync(_cluster.Url("/files/999999"));
        Assert.Equal("nosniff", Single(api, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Download_IsAnAttachment_WithNosniff()
    {
        var (status, body) = await _cluster.UploadAsync("sheet.dxf", SampleFiles.RectangleDxf("attachment"));
        Assert.True(status is 201 or 202, $"upload answered {status}: {body}");
        var id = body.GetProperty("ingest_id").GetInt64();

        using var response = await _cluster.Http.GetAsync(_cluster.Url($"/files/{id}/download"));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private async Task<HttpResponseMessage> SendAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _cluster.Url(path));
        request.Headers.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        using var client = new HttpClient();
        return await client.SendAsync(request);
    }
}
