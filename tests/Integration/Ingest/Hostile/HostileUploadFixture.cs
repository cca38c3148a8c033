using System.Net.Http.Headers;
using System.Text.Json;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Ingest.Hostile;

/// <summary>One silo and a gateway for the hostile uploads, and the checks every such test ends with.</summary>
public sealed class HostileUploadFixture : IAsyncLifetime
{
    /// <summary>Part of every hostile name, so a file escaping the storage root would be found by name.</summary>
    public const string Marker = "lgevil7f3a";

    public const long RequestLimit = 256L * 1024 * 1024;

    private static readonly string[] StoreFolders = ["incoming", "library", "objects"];

    public LocalCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await LocalCluster.StartAsync(extra: new()
    {
        ["LG_MAX_REQUEST_BYTES"] = RequestLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["LG_MAX_UPLOAD_BYTES"] = (RequestLimit / 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    public async Task<(int Status, JsonElement Body)> PostAsync(byte[] multipart)
    {
        using var content = new ByteArrayContent(multipart);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(RawMultipart.ContentType);
        using var response = await Cluster.Http.PostAsync(Cluster.Url("/ingest"), content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A clear 4xx problem, or a file that ends failed: returns the sentence a person reads.</summary>
    public async Task<string> RefusedAsync((int Status, JsonElement Body) answer)
    {
        var (status, body) = answer;
        if (status is >= 400 and < 500)
        {
            var detail = body.GetProperty("detail").GetString();
            Assert.False(string.IsNullOrWhiteSpace(detail), $"a {status} without a detail");
            return detail!;
        }

        var record = await SettledAsync(answer);
        Assert.Equal("failed", record.GetProperty("status").GetString());
        var reason = record.GetProperty("failure_reason").GetString();
        Assert.False(string.IsNullOrWhiteSpace(reason), "a failed file without a reason");
        var warnings = record.TryGetProperty("warnings", out var w) ? w.ToString() : "";
        return reason + " " + warnings;
    }

    /// <summary>The file record once extraction has finished, completed or failed.</summary>
    public async Task<JsonElement> SettledAsync((int Status, JsonElement Body) answer)
    {
        Assert.True(answer.Status is 201 or 202, $"expected 201/202 or a 4xx, got {answer.Status}: {answer.Body}");
        var id = answer.Body.GetProperty("ingest_id").GetInt64();
        return await Eventually.GetAsync(
            async () => (await Cluster.GetJsonAsync($"/files/{id}")).Body,
            r => r.ValueKind == JsonValueKind.Object && r.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(120), $"file {id} to settle");
    }

    /// <summary>Nothing was written outside the storage root, the root holds only the store's folders, and the silo still serves.</summary>
    public async Task AssertContainedAndServingAsync()
    {
        var root = Path.GetFullPath(Cluster.StorageRoot);
        Assert.All(Directory.EnumerateFileSystemEntries(root), e => Assert.Contains(Path.GetFileName(e), StoreFolders));
        Assert.All(Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories),
            e => Assert.False(Path.GetFileName(e).Any(char.IsControl), $"a stored name with a control character: {e}"));
        foreach (var place in new[] { Path.GetTempPath(), TestEnvironment.RepoRoot, Path.GetDirectoryName(root)! })
        {
            Assert.Empty(Escaped(place, root, depth: 3));
        }

        var (ready, _) = await Cluster.GetJsonAsync("/health/ready");
        Assert.Equal(200, ready);
        var (status, body) = await Cluster.UploadAsync("after-hostile.dxf", SampleFiles.RectangleDxf("after-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(201, status);
        Assert.Equal("completed", body.GetProperty("status").GetString());
    }

    private static List<string> Escaped(string folder, string storageRoot, int depth)
    {
        var found = new List<string>();
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).ToList();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return found;
        }

        foreach (var entry in entries)
        {
            if (Path.GetFullPath(entry).StartsWith(storageRoot, StringComparison.Ordinal)) continue;
            var name = Path.GetFileName(entry);
            if (name.Contains(Marker, StringComparison.Ordinal)) found.Add(entry);
            if (depth > 1 && name is not (".git" or "bin" or "obj" or "node_modules") && Directory.Exists(entry) &&
                !new FileInfo(entry).Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                found.AddRange(Escaped(entry, storageRoot, depth - 1));
            }
        }

        return found;
    }
}
