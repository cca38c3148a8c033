using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>The gateway's answers to good and bad requests, over real HTTP.</summary>
[Collection(GatewayCollection.Name)]
public sealed class GatewayApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task Ingest_EmptyFile_Returns400Problem()
    {
        var (status, body) = await fixture.Cluster.UploadAsync("empty.dxf", []);

        AssertProblem(status, body, 400, "empty");
    }

    [Fact]
    public async Task Ingest_FileOverLimit_Returns413Problem()
    {
        var (status, body) = await fixture.Cluster.UploadAsync("big.dxf", new byte[GatewayFixture.UploadLimit + 1]);

        AssertProblem(status, body, 413, "larger than the limit");
    }

    [Fact]
    public async Task Ingest_NoFileField_Returns400Problem()
    {
        using var form = new MultipartFormDataContent { { new StringContent("CL0001"), "client_code" } };
        using var response = await fixture.Cluster.Http.PostAsync(fixture.Cluster.Url("/ingest"), form);

        AssertProblem((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(), 400, "'file'");
    }

    [Fact]
    public async Task Ingest_NotMultipart_Returns415Problem()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await fixture.Cluster.Http.PostAsync(fixture.Cluster.Url("/ingest"), content);

        AssertProblem((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(), 415, "multipart/form-data");
    }

    [Theory]
    [InlineData("thickness_mm", "five")]
    [InlineData("thickness_mm", "-1")]
    [InlineData("quantity", "2.5")]
    [InlineData("quantity", "0")]
    public async Task Ingest_InvalidHint_Returns400Problem(string field, string value)
    {
        var (status, body) = await fixture.Cluster.UploadAsync("p.dxf", SampleFiles.RectangleDxf("hint"), new Dictionary<string, string> { [field] = value });

        AssertProblem(status, body, 400, field);
    }

    [Fact]
    public async Task GetFile_UnknownId_Returns404Problem()
    {
        var (status, body) = await fixture.Cluster.GetJsonAsync("/files/987654321");

        AssertProblem(status, body, 404, "987654321");
    }

    [Fact]
    public async Task ListFiles_InvalidPageSize_Returns400Problem()
    {
        var (status, body) = await fixture.Cluster.GetJsonAsync("/files?page_size=0");

        AssertProblem(status, body, 400, "page_size");
    }

    [Fact]
    public async Task Ingest_UnsupportedContent_CompletesAsFailedWithReason()
    {
        var (status, body) = await fixture.Cluster.UploadAsync("notes.dxf", Encoding.UTF8.GetBytes("just some words, not a drawing"));

        Assert.Equal(201, status);
        Assert.Equal("failed", body.GetProperty("status").GetString());
        Assert.Contains("not a kind LaserGrains reads", body.GetProperty("failure_reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListFiles_SeveralUploads_NewestFirstAndPaged()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var (_, body) = await fixture.Cluster.UploadAsync($"list-{i}.dxf", SampleFiles.RectangleDxf($"list-{i}"));
            ids.Add(body.GetProperty("ingest_id").GetInt64());
        }

        var (status, page) = await fixture.Cluster.GetJsonAsync("/files?page=1&page_size=2");

        Assert.Equal(200, status);
        Assert.True(page.GetProperty("total").GetInt64() >= 3);
        var items = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("ingest_id").GetInt64()).ToList();
        Assert.Equal([ids[2], ids[1]], items);
    }

    [Fact]
    public async Task Health_LiveAndReady_Return200()
    {
        var (live, _) = await fixture.Cluster.GetJsonAsync("/health/live");
        var (ready, body) = await fixture.Cluster.GetJsonAsync("/health/ready");

        Assert.Equal(200, live);
        Assert.Equal(200, ready);
        Assert.True(body.GetProperty("active_silos").GetInt32() >= 1);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryEndpoint()
    {
        var (status, doc) = await fixture.Cluster.GetJsonAsync("/openapi/v1.json");

        Assert.Equal(200, status);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/ingest", paths);
        Assert.Contains("/files/{id}", paths);
        Assert.Contains("/health/ready", paths);
    }

    private static void AssertProblem(int status, JsonElement body, int expected, string detailContains)
    {
        Assert.Equal(expected, status);
        Assert.Equal(expected, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.Contains(detailContains, body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
