using System.Text.Json;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Browser;

/// <summary>Setting up what a browser test looks at through the public HTTP API, not through the page under test.</summary>
internal static class UiHttp
{
    /// <summary>Uploads a file and waits until it is completed or failed; returns its record.</summary>
    public static async Task<JsonElement> UploadAsync(LocalCluster cluster, string name, byte[] bytes, Dictionary<string, string> hints)
    {
        var (status, body) = await cluster.UploadAsync(name, bytes, hints);
        Assert.True(status is 201 or 202, $"upload answered {status}: {body}");
        var id = body.GetProperty("ingest_id").GetInt64();
        return await Eventually.GetAsync(
            async () => (await cluster.GetJsonAsync($"/files/{id}")).Body,
            b => b.GetProperty("status").GetString() is "completed" or "failed", TimeSpan.FromSeconds(60), $"file {id} to finish");
    }
}
