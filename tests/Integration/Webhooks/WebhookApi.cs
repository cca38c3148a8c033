using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>The gateway's webhook API as the tests use it.</summary>
public static class WebhookApi
{
    public static async Task<(string Id, string Secret)> SubscribeAsync(this LocalCluster cluster, string url, params string[] eventTypes)
    {
        using var response = await cluster.Http.PostAsJsonAsync(cluster.Url("/webhooks/subscriptions"),
            new { url, event_types = eventTypes, description = "test" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(201, (int)response.StatusCode);
        return (body.GetProperty("id").GetString()!, body.GetProperty("secret").GetString()!);
    }

    public static async Task UnsubscribeAsync(this LocalCluster cluster, string id)
    {
        using var _ = await cluster.Http.DeleteAsync(cluster.Url($"/webhooks/subscriptions/{id}"));
    }

    public static async Task<(int Status, JsonElement Body)> PostJsonAsync(this LocalCluster cluster, string path)
    {
        using var response = await cluster.Http.PostAsync(cluster.Url(path), null);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Uploads <paramref name="count"/> small DXF files and returns their ingest ids.</summary>
    public static async Task<List<long>> UploadFilesAsync(this LocalCluster cluster, int count, string tag)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var (status, body) = await cluster.UploadAsync($"{tag}-{i}.dxf", SampleFiles.RectangleDxf($"{tag}-{i}-{Guid.NewGuid():N}"));
            Assert.Equal(201, status);
            ids.Add(body.GetProperty("ingest_id").GetInt64());
        }

        return ids;
    }

    /// <summary>Waits until every one of <paramref name="ids"/> has had both its events (ingested, processed) delivered.</summary>
    public static Task<IReadOnlyList<ReceivedRequest>> AllDeliveredAsync(this TestReceiver receiver, IReadOnlyCollection<long> ids, TimeSpan timeout) =>
        Eventually.GetAsync(
            () => Task.FromResult<IReadOnlyList<ReceivedRequest>?>([.. receiver.Delivered.Where(r => ids.Contains(r.IngestId))]),
            d => d!.Count == ids.Count * 2, timeout, $"{ids.Count * 2} events delivered (have {receiver.Delivered.Count})");

    /// <summary>For every file, its sequence 2 was first sent only after its sequence 1 was delivered.</summary>
    public static void AssertFileOrder(this TestReceiver receiver, IEnumerable<long> ids)
    {
        var requests = receiver.Requests;
        foreach (var id in ids)
        {
            var first = requests.Where(r => r.IngestId == id && r.Sequence == 1 && r.Ok).Min(r => r.At);
            var second = requests.Where(r => r.IngestId == id && r.Sequence == 2).Min(r => r.At);
            Assert.True(first <= second, $"file {id}: sequence 2 sent at {second:O} before sequence 1 was delivered at {first:O}");
        }
    }
}
