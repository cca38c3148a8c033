using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Posts events to the receiver over real HTTP, signed unless a test says otherwise, and reads the Laser OS tables.</summary>
public sealed class ReceiverClient(LocalCluster cluster, string secret)
{
    public const string EventPath = "/webhooks/module-n/event";
    public const string BatchPath = "/webhooks/module-n/events";

    public async Task<(int Status, JsonElement Body)> PostAsync(JsonObject body, string? webhookId = null) =>
        await PostRawAsync(Encoding.UTF8.GetBytes(body.ToJsonString()), webhookId ?? NewWebhookId());

    /// <summary>Posts <paramref name="entries"/> in the batch envelope to the batch endpoint, signed as one request.</summary>
    public async Task<(int Status, JsonElement Body)> PostBatchAsync(IEnumerable<(string Id, JsonObject Event)> entries, string? webhookId = null)
    {
        var events = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject { ["id"] = e.Id, ["event"] = e.Event.DeepClone() })]);
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["events"] = events }.ToJsonString());
        return await PostRawAsync(body, webhookId ?? NewWebhookId(), path: BatchPath);
    }

    /// <summary>Signs <paramref name="body"/> for now, then lets <paramref name="alter"/> change the headers before sending.</summary>
    public async Task<(int Status, JsonElement Body)> PostRawAsync(
        byte[] body, string webhookId, Action<HttpRequestHeaders>? alter = null, HttpContent? content = null, string path = EventPath)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, cluster.Url(path)) { Content = content ?? new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", SpecSigner.Sign(secret, webhookId, timestamp, body));
        alter?.Invoke(request.Headers);
        using var response = await cluster.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string NewWebhookId() => "msg_" + Guid.NewGuid().ToString("N");

    public Task<long> CountAsync(string table, string where) =>
        ScalarAsync<long>($"SELECT count(*) FROM laser_os.{table} WHERE {where}");

    public async Task<T?> ScalarAsync<T>(string sql) => await cluster.Database.ScalarAsync<T>(sql);

    public async Task<(int Status, JsonElement Body)> CreateProjectAsync(string code, string name = "Test job")
    {
        using var response = await cluster.Http.PostAsJsonAsync(cluster.Url("/laser-os/projects"), new { code, name, client_code = "CL0001" });
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
