using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Webhooks.Targets;

/// <summary>
/// Subscriptions cannot reach inside: loopback targets are refused with a 400 unless allowed, an allowed address on
/// another port is refused at connect time, and redirects are not followed. Only 127.0.0.0/8 is ever used.
/// </summary>
public sealed class SubscriptionTargetTests(TargetRuleFixture fixture) : IClassFixture<TargetRuleFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("http://127.0.0.1:{gateway-port}/webhooks/module-n/event", "127.0.0.1 is a loopback address")]
    [InlineData("http://127.0.0.3:{forbidden-port}/hook", "does not allow on port")]
    [InlineData("http://127.0.0.3/hook", "on port 80")]
    [InlineData("http://[::1]:9/hook", "::1 is the loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]:9/hook", "IPv4-mapped")]
    [InlineData("http://0x7f000001:9/hook", "127.0.0.1 is a loopback address")]
    [InlineData("http://localhost:9/hook", "localhost resolves to")]
    public async Task Loopback_targets_that_are_not_allowed_are_refused_with_400(string template, string reason)
    {
        var url = Fill(template);
        using var response = await fixture.Cluster.Http.PostAsJsonAsync(fixture.Cluster.Url("/webhooks/subscriptions"), new { url, event_types = Array.Empty<string>() });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, (int)response.StatusCode);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Assert.Contains("LG_WEBHOOK_ALLOWED_TARGETS", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_allowed_target_is_delivered_to_and_cannot_be_moved_inside()
    {
        var cluster = fixture.Cluster;
        var (id, _) = await cluster.SubscribeAsync(fixture.Allowed.Url);
        try
        {
            using var moved = await cluster.Http.PutAsJsonAsync(cluster.Url($"/webhooks/subscriptions/{id}"),
                new { url = Fill("http://127.0.0.1:{gateway-port}/files"), event_types = Array.Empty<string>() });
            Assert.Equal(400, (int)moved.StatusCode);
            var (_, kept) = await cluster.GetJsonAsync($"/webhooks/subscriptions/{id}");
            Assert.Equal(fixture.Allowed.Url, kept.GetProperty("url").GetString());

            var files = await cluster.UploadFilesAsync(1, "allowed");
            await fixture.Allowed.AllDeliveredAsync(files, Wait);
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task Another_port_of_an_allowed_address_is_refused_at_connect_time()
    {
        var cluster = fixture.Cluster;
        var files = await cluster.UploadFilesAsync(1, "forbidden");
        var attempt = await Eventually.GetAsync(
            async () => (await cluster.GetJsonAsync($"/files/{files[0]}/deliveries")).Body,
            body => body.ValueKind == JsonValueKind.Object && body.GetProperty("attempts").EnumerateArray()
                .Any(a => a.GetProperty("subscription_id").GetString() == "sub_default"),
            Wait, "an attempt of the WEBHOOK_URL subscription");
        var error = attempt.GetProperty("attempts").EnumerateArray().First(a => a.GetProperty("subscription_id").GetString() == "sub_default")
            .GetProperty("error").GetString()!;
        Assert.Contains("connection refused by LaserGrains", error, StringComparison.Ordinal);
        Assert.Contains("127.0.0.3 is a loopback address", error, StringComparison.Ordinal);
        Assert.Empty(fixture.Forbidden.Requests);
    }

    [Fact]
    public async Task A_redirect_is_a_failed_attempt_and_is_not_followed()
    {
        var cluster = fixture.Cluster;
        fixture.Redirecting.Respond = (_, _) => new Answer(307, Location: fixture.Forbidden.Url);
        var (id, _) = await cluster.SubscribeAsync(fixture.Redirecting.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(1, "redirect");
            var body = await Eventually.GetAsync(
                async () => (await cluster.GetJsonAsync($"/files/{files[0]}/deliveries")).Body,
                b => b.ValueKind == JsonValueKind.Object && b.GetProperty("attempts").EnumerateArray().Any(a => a.GetProperty("subscription_id").GetString() == id),
                Wait, "an attempt of the redirecting subscription");
            var attempt = body.GetProperty("attempts").EnumerateArray().First(a => a.GetProperty("subscription_id").GetString() == id);
            Assert.Equal(307, attempt.GetProperty("status_code").GetInt32());
            Assert.False(attempt.GetProperty("succeeded").GetBoolean());
            Assert.Contains("redirects are not followed", attempt.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Contains(fixture.Forbidden.Url, attempt.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Empty(fixture.Forbidden.Requests);
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    private string Fill(string template) => template
        .Replace("{gateway-port}", new Uri(fixture.Cluster.GatewayUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{forbidden-port}", new Uri(fixture.Forbidden.Url).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
