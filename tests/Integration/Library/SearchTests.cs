using System.Text.Json;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Library;

/// <summary>GET /files filters, sorts and keyset cursors, and GET /stats, over the real catalog.</summary>
[Collection(LibraryCollection.Name)]
public sealed class SearchTests(LibraryFixture fixture)
{
    [Fact]
    public async Task Filters_Combine_AndFreeTextMatchesCodePrefixes()
    {
        var c = fixture.Cluster;
        var client = "CS" + Random.Shared.Next(1000, 9999);
        var project = fixture.NewProject(client);
        var thin = await c.UploadOkAsync("Hinge.dxf", SampleFiles.RectangleDxf("s1-" + project), LibraryHttp.Hints(project, client, "AL", "2"));
        var thick = await c.UploadOkAsync("Hinge-Plate.dxf", SampleFiles.RectangleDxf("s2-" + project), LibraryHttp.Hints(project, client, "AL", "12"));
        await c.UploadOkAsync("Bolt.dxf", SampleFiles.RectangleDxf("s3-" + project), LibraryHttp.Hints(project, client, "MS", "2"));

        Assert.Equal(3, await Total(c, $"client={client.ToLowerInvariant()}"));
        Assert.Equal(0, await Total(c, $"client={client[..4]}")); // codes are exact filters; prefixes go through q
        Assert.Equal(3, await Total(c, $"q={client[..4]}"));
        Assert.Equal(3, await Total(c, $"project={project}&client={client}"));
        Assert.Equal(3, await Total(c, $"q={project[..^2]}"));
        Assert.Equal(2, await Total(c, $"client={client}&material=AL"));
        Assert.Equal(2, await Total(c, $"client={client}&material=aluminium"));
        Assert.Equal([thin.Id()], await Ids(c, $"client={client}&material=AL&thickness_max=5"));
        Assert.Equal([thick.Id()], await Ids(c, $"client={client}&thickness_min=10&thickness_max=20"));
        Assert.Equal(2, await Total(c, $"client={client}&part=hinge"));
        Assert.Equal(3, await Total(c, $"client={client}&kind=dxf&status=completed"));
        Assert.Equal(0, await Total(c, $"client={client}&kind=pdf"));
        Assert.Equal(2, await Total(c, $"q=hing {client.ToLowerInvariant()}"));
        Assert.Equal(3, await Total(c, $"q={project}"));
        Assert.Equal(3, await Total(c, $"client={client}&from={DateTimeOffset.UtcNow.AddHours(-1):O}".Replace("+", "%2B", StringComparison.Ordinal)));
        Assert.Equal(0, await Total(c, $"client={client}&to=2020-01-01"));
    }

    [Fact]
    public async Task Cursor_WalksEveryMatchOnce_InTheRequestedOrder()
    {
        var c = fixture.Cluster;
        var client = "CP" + Random.Shared.Next(1000, 9999);
        var project = fixture.NewProject(client);
        var uploaded = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            uploaded.Add((await c.UploadOkAsync($"Part{i}.dxf", SampleFiles.RectangleDxf($"cur{i}-{project}"), LibraryHttp.Hints(project, client))).Id());
        }

        foreach (var (sort, expected) in new[] { ("-created_at", uploaded.AsEnumerable().Reverse().ToList()), ("created_at", uploaded), ("original_filename", uploaded) })
        {
            var seen = new List<long>();
            string? cursor = null;
            do
            {
                var page = await c.SendJsonAsync(HttpMethod.Get, $"/files?client={client}&sort={sort}&page_size=2" + (cursor is null ? "" : $"&cursor={cursor}")).OkAsync();
                Assert.Equal(5, page.GetProperty("total").GetInt64());
                seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.Id()));
                cursor = page.TryGetProperty("next_cursor", out var n) ? n.GetString() : null;
            }
            while (cursor is not null);

            Assert.Equal(expected, seen);
        }
    }

    [Theory]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("sort=colour", "sort")]
    [InlineData("thickness_min=thin", "thickness_min")]
    [InlineData("status=lost", "status")]
    [InlineData("from=yesterday", "from")]
    public async Task InvalidSearch_Returns400Problem(string query, string expected)
    {
        var (status, body) = await fixture.Cluster.SendJsonAsync(HttpMethod.Get, "/files?" + query);

        Assert.Equal(400, status);
        Assert.Contains(expected, body.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_CountByStatusKindMaterialAndClient()
    {
        var c = fixture.Cluster;
        var client = "ST" + Random.Shared.Next(1000, 9999);
        var project = fixture.NewProject(client);
        await c.UploadOkAsync("A.dxf", SampleFiles.RectangleDxf("st1-" + project), LibraryHttp.Hints(project, client, "SS"));
        var b = await c.UploadOkAsync("B.dxf", SampleFiles.RectangleDxf("st2-" + project), LibraryHttp.Hints(project, client, "SS"));
        var before = await c.SendJsonAsync(HttpMethod.Get, "/stats").OkAsync();
        await c.SendJsonAsync(HttpMethod.Delete, $"/files/{b.Id()}").OkAsync();

        var after = await c.SendJsonAsync(HttpMethod.Get, "/stats").OkAsync();

        Assert.Equal(2, Count(before, "by_client", client));
        Assert.Equal(1, Count(after, "by_client", client));
        Assert.Equal(Count(before, "by_material", "SS") - 1, Count(after, "by_material", "SS"));
        Assert.Equal(Count(before, "by_status", "deleted") + 1, Count(after, "by_status", "deleted"));
        Assert.Equal(Count(before, "by_kind", "dxf_ascii") - 1, Count(after, "by_kind", "dxf_ascii"));
        Assert.Equal(before.GetProperty("total").GetInt64() - 1, after.GetProperty("total").GetInt64());
    }

    private static long Count(JsonElement stats, string group, string key) =>
        stats.GetProperty(group).TryGetProperty(key, out var v) ? v.GetInt64() : 0;

    private static async Task<long> Total(Infrastructure.LocalCluster c, string query) =>
        (await c.SendJsonAsync(HttpMethod.Get, "/files?" + query).OkAsync()).GetProperty("total").GetInt64();

    private static async Task<List<long>> Ids(Infrastructure.LocalCluster c, string query) =>
        [.. (await c.SendJsonAsync(HttpMethod.Get, "/files?" + query).OkAsync()).GetProperty("items").EnumerateArray().Select(e => e.Id())];
}
