using System.Text.Json;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>A query parameter an endpoint does not read is a 400 naming those it does; the seed's names are aliases.</summary>
[Collection(GatewayCollection.Name)]
public sealed class QueryParameterTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ListFiles_SeedAliases_FilterLikeClientAndProject()
    {
        var project = "JB-2025-10-CLQP01-" + Guid.NewGuid().ToString("N")[..3].ToUpperInvariant();
        var (mine, _) = await fixture.Cluster.UploadAsync("a.dxf", SampleFiles.RectangleDxf("qp-a" + project), new Dictionary<string, string> { ["client_code"] = "CLQP01", ["project_code"] = project });
        var (other, _) = await fixture.Cluster.UploadAsync("b.dxf", SampleFiles.RectangleDxf("qp-b" + project), new Dictionary<string, string> { ["client_code"] = "CLQP02", ["project_code"] = project + "X" });
        Assert.Equal(201, mine);
        Assert.Equal(201, other);

        var (byAlias, aliased) = await fixture.Cluster.GetJsonAsync($"/files?project_code={project}");
        var (byName, named) = await fixture.Cluster.GetJsonAsync($"/files?project={project}");
        var (byClient, client) = await fixture.Cluster.GetJsonAsync("/files?client_code=CLQP01");

        Assert.Equal(200, byAlias);
        Assert.Equal(200, byName);
        Assert.Equal(200, byClient);
        Assert.Equal(1, aliased.GetProperty("total").GetInt64());
        Assert.Equal(project, aliased.GetProperty("items")[0].GetProperty("project_code").GetString());
        Assert.Equal(named.GetProperty("items").GetRawText(), aliased.GetProperty("items").GetRawText());
        Assert.All(client.GetProperty("items").EnumerateArray(), f => Assert.Equal("CLQP01", f.GetProperty("client_code").GetString()));
    }

    [Theory]
    [InlineData("/files?projetc=JB-1", "projetc", "project")]
    [InlineData("/files?client=A&client_code=A", "client_code", "client")]
    [InlineData("/files/1?verbose=true", "verbose", "none")]
    [InlineData("/files/1/parts?size=5", "size", "page_size")]
    [InlineData("/laser-os/projects/JB-1/activity?limit=5&since=1", "since", "limit")]
    [InlineData("/webhooks/subscriptions/sub_x/attempts?limt=5", "limt", "cursor, event_type, limit, status")]
    public async Task UnknownParameter_Is400NamingTheKnownOnes(string path, string unknown, string known)
    {
        var (status, body) = await fixture.Cluster.GetJsonAsync(path);

        Assert.Equal(400, status);
        var detail = body.GetProperty("detail").GetString();
        Assert.Contains(unknown, detail, StringComparison.Ordinal);
        Assert.Contains(known, detail, StringComparison.Ordinal);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Ingest_UnknownParameter_Is400()
    {
        var (status, body) = await fixture.Cluster.UploadAsync("c.dxf", SampleFiles.RectangleDxf("qp-c"), query: "?wiat=false");

        Assert.Equal(400, status);
        Assert.Contains("wait", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownParameters_StillWork()
    {
        var (status, body) = await fixture.Cluster.GetJsonAsync("/files?page=1&page_size=5&sort=-created_at");

        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("items").ValueKind);
    }
}
