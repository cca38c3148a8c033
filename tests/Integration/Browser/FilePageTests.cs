using Microsoft.Playwright;

namespace LaserGrains.Tests.Integration.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FilePageTests(BrowserFixture fx)
{
    [Fact]
    public async Task Correcting_the_material_makes_its_source_manual_and_clearing_restores_the_extracted_value()
    {
        var file = await UiHttp.UploadAsync(fx.Cluster, "Plate-MS-3mm.dxf", UiFiles.CleanDxf(nameof(FilePageTests) + "correct"),
            new() { ["project_code"] = fx.NewProject() });
        var id = file.GetProperty("ingest_id").GetInt64();
        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/catalog/{id}");
        var material = page.Locator("tr[data-field=material]");
        await Assertions.Expect(material.Locator(".src")).Not.ToHaveTextAsync("manual");

        await page.FillAsync("#m-material", "Stainless Steel");
        await page.ClickAsync("text=Save corrections");
        await Assertions.Expect(material.Locator(".src")).ToHaveTextAsync("manual");
        await Assertions.Expect(material.Locator("td").First).ToHaveTextAsync("Stainless Steel");
        await BrowserFixture.ScreenshotAsync(page, "file-page-corrected");

        var record = (await fx.Cluster.GetJsonAsync($"/files/{id}")).Body;
        Assert.Equal("manual", record.GetProperty("metadata").GetProperty("material").GetProperty("source").GetString());

        await material.GetByRole(AriaRole.Button, new() { Name = "Clear the manual Material" }).ClickAsync();
        await Assertions.Expect(material.Locator(".src")).Not.ToHaveTextAsync("manual");
    }

    [Fact]
    public async Task Preview_is_served_as_locked_down_svg_with_an_etag()
    {
        var file = await UiHttp.UploadAsync(fx.Cluster, "Etag-plate.dxf", UiFiles.OpenContourDxf(nameof(Preview_is_served_as_locked_down_svg_with_an_etag)),
            new() { ["project_code"] = fx.NewProject() });
        var id = file.GetProperty("ingest_id").GetInt64();

        using var response = await fx.Cluster.Http.GetAsync(fx.Cluster.Url($"/files/{id}/preview.svg"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"open\"", svg, StringComparison.Ordinal);
        Assert.Contains("data-defect=\"1\"", svg, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, fx.Cluster.Url($"/files/{id}/preview.svg"));
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        using var cached = await fx.Cluster.Http.SendAsync(again);
        Assert.Equal(304, (int)cached.StatusCode);
    }

    [Fact]
    public async Task Hard_delete_asks_for_confirmation_naming_the_file()
    {
        var file = await UiHttp.UploadAsync(fx.Cluster, "Doomed-part.dxf", UiFiles.CleanDxf(nameof(Hard_delete_asks_for_confirmation_naming_the_file)),
            new() { ["project_code"] = fx.NewProject() });
        var id = file.GetProperty("ingest_id").GetInt64();
        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/catalog/{id}");
        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.DismissAsync(); };
        await page.ClickAsync("text=Delete permanently");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Doomed-part.dxf");
        Assert.NotNull(asked);
        Assert.Contains("\"Doomed-part.dxf\"", asked, StringComparison.Ordinal);
        Assert.Equal("completed", (await fx.Cluster.GetJsonAsync($"/files/{id}")).Body.GetProperty("status").GetString());
    }
}
