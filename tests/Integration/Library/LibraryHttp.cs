using LaserGrains.Tests.Common;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>The library's HTTP calls as the tests make them.</summary>
internal static class LibraryHttp
{
    public static Dictionary<string, string> Hints(string project, string client = "CL0001", string material = "MS", string thickness = "5") => new()
    {
        ["client_code"] = client, ["project_code"] = project, ["material"] = material, ["thickness_mm"] = thickness,
    };

    public static async Task<JsonElement> UploadOkAsync(this LocalCluster c, string name, byte[] bytes, IDictionary<string, string>? hints = null)
    {
        var (status, body) = await c.UploadAsync(name, bytes, hints);
        Assert.True(status == 201, $"upload {name}: {status} {body}");
        return body;
    }

    public static async Task<(int Status, JsonElement Body)> SendJsonAsync(this LocalCluster c, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, c.Url(path));
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await c.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> OkAsync(this Task<(int Status, JsonElement Body)> call)
    {
        var (status, body) = await call;
        Assert.True(status == 200, $"expected 200, got {status}: {body}");
        return body;
    }

    public static long Id(this JsonElement file) => file.GetProperty("ingest_id").GetInt64();

    public static string Str(this JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>The library entry of a file on disk, under the shared storage root.</summary>
    public static string LibraryPath(this LocalCluster c, string filePath) => Path.Combine(c.StorageRoot, "library", filePath);

    public static string BlobPath(this LocalCluster c, string sha) => Path.Combine(c.StorageRoot, "objects", sha[..2], sha[2..4], sha);

    /// <summary>Waits until an event of file <paramref name="id"/> whose JSON contains every fragment was handed to the
    /// fixture's subscription (lg_webhook_deliveries holds each event's exact payload), and returns that payload.</summary>
    public static async Task<string> EventAsync(this LocalCluster c, long id, params string[] fragments) =>
        await Eventually.GetAsync(
            async () => await c.Database.ScalarAsync<string>(
                $"SELECT string_agg(payload, '\n' ORDER BY sequence) FROM lg_webhook_deliveries WHERE ingest_id = {id}"),
            payloads => payloads is not null && payloads.Split('\n').Any(p => fragments.All(f => p.Contains(f, StringComparison.Ordinal))),
            TimeSpan.FromSeconds(30), $"an event of file {id} with {string.Join(", ", fragments)}");

    public static async Task<byte[]> DownloadAsync(this LocalCluster c, long id)
    {
        using var response = await c.Http.GetAsync(c.Url($"/files/{id}/download"));
        Assert.Equal(200, (int)response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static JsonContent Json(object value) => JsonContent.Create(value);
}
