using System.Text.Json;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Auth;

/// <summary>A customer's upload link: uploads into its project within its limits, sees only its own files, stops when revoked.</summary>
[Collection(AuthCollection.Name)]
public sealed class UploadLinkTests(AuthFixture fixture)
{
    [Fact]
    public async Task Link_UploadsIntoItsProject_SeesItsFiles_AndNothingElse()
    {
        var (status, body) = await UploadAsync(fixture.LinkToken, "Customer-Bracket.dxf", new() { ["project_code"] = "SOMEONE-ELSES" });
        Assert.Equal(201, status);
        Assert.Equal("AC01-JB-1", body.GetProperty("project_code").GetString());
        Assert.Equal("AC01", body.GetProperty("client_code").GetString());

        using var files = await fixture.SendAsync(HttpMethod.Get, "/link/files", fixture.LinkToken);
        var list = JsonDocument.Parse(await files.Content.ReadAsStringAsync()).RootElement;
        var mine = Assert.Single(list.EnumerateArray(), f => f.GetProperty("ingest_id").GetInt64() == body.GetProperty("ingest_id").GetInt64());
        Assert.Equal("completed", mine.GetProperty("status").GetString());
        Assert.False(mine.TryGetProperty("file_path", out _));

        using var catalog = await fixture.SendAsync(HttpMethod.Get, "/files", fixture.LinkToken);
        Assert.Equal(403, (int)catalog.StatusCode);
    }

    [Fact]
    public async Task Link_WithLimits_RefusesTheFileTooManyAndTheFileTooLarge_ThenRevokedStopsWorking()
    {
        var link = await fixture.CreateLinkAsync(new { client_code = "AC02", project_code = "AC02-JB-1", max_files = 1, max_file_bytes = 4096, expires_in_hours = 1 });
        var token = link.GetProperty("token").GetString()!;

        Assert.Equal(413, (await UploadAsync(token, "Big.dxf", content: new byte[8192])).Status);
        Assert.Equal(201, (await UploadAsync(token, "First.dxf")).Status);
        var (status, problem) = await UploadAsync(token, "Second.dxf");
        Assert.Equal(403, status);
        Assert.Contains("at most 1 files", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using (var revoke = await fixture.SendAsync(HttpMethod.Delete, $"/upload-links/{link.GetProperty("id").GetInt64()}", fixture.OperatorKey))
        {
            Assert.Equal(204, (int)revoke.StatusCode);
        }

        await Eventually.GetAsync(
            async () => { using var r = await fixture.SendAsync(HttpMethod.Get, "/link/files", token); return (int)r.StatusCode; },
            s => s == 401, TimeSpan.FromSeconds(15), "the revoked link to be refused");
    }

    private async Task<(int Status, JsonElement Body)> UploadAsync(string token, string name, Dictionary<string, string>? hints = null, byte[]? content = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content ?? SampleFiles.RectangleDxf(name + Guid.NewGuid())), "file", name);
        foreach (var (k, v) in hints ?? []) form.Add(new StringContent(v), k);
        using var response = await fixture.SendAsync(HttpMethod.Post, "/link/ingest", token, form);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
