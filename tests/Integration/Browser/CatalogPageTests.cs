using Microsoft.Playwright;

namespace LaserGrains.Tests.Integration.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CatalogPageTests(BrowserFixture fx)
{
    [Fact]
    public async Task Filtering_the_table_by_project_and_material_shows_only_matching_files_with_thumbnails()
    {
        var project = fx.NewProject();
        var alu = await UiHttp.UploadAsync(fx.Cluster, "Alu-panel.dxf", UiFiles.CleanDxf("alu" + project), new() { ["project_code"] = project, ["material"] = "AL", ["part_name"] = "Panel" });
        await UiHttp.UploadAsync(fx.Cluster, "Steel-panel.dxf", UiFiles.CleanDxf("ms" + project), new() { ["project_code"] = project, ["material"] = "MS", ["part_name"] = "Frame" });
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/catalog");
        await page.FillAsync("#f-project", project);
        await page.ClickAsync("text=Apply filters");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);

        var code = alu.GetProperty("material_code").GetString()!;
        await page.FillAsync("#f-material", code);
        await page.ClickAsync("text=Apply filters");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("Alu-panel.dxf");
        Assert.Contains("material=" + code, page.Url, StringComparison.Ordinal);
        var thumb = page.Locator("tbody img.thumb");
        await Assertions.Expect(thumb).ToHaveAttributeAsync("alt", "Drawing of Alu-panel.dxf");
        Assert.True(await thumb.EvaluateAsync<bool>("img => img.decode().then(() => img.naturalWidth > 0)"));
        await BrowserFixture.ScreenshotAsync(page, "catalog-filtered");
    }

    [Fact]
    public async Task Needs_review_lists_the_file_with_defects_and_bulk_correction_changes_both_files()
    {
        var project = fx.NewProject();
        await UiHttp.UploadAsync(fx.Cluster, "Open-bracket.dxf", UiFiles.OpenContourDxf("review" + project), new() { ["project_code"] = project, ["part_name"] = "Bracket" });
        await UiHttp.UploadAsync(fx.Cluster, "Closed-plate.dxf", UiFiles.CleanDxf("review" + project), new() { ["project_code"] = project, ["part_name"] = "Plate", ["material"] = "MS", ["thickness_mm"] = "2" });
        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/catalog?needs_review=true&project={project}");
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "Open-bracket.dxf" })).ToHaveCountAsync(1);

        await page.GotoAsync($"/catalog?project={project}");
        await page.Locator("tbody input[type=checkbox]").Nth(0).CheckAsync();
        await page.Locator("tbody input[type=checkbox]").Nth(1).CheckAsync();
        await page.FillAsync("#b-thickness", "4");
        await page.ClickAsync("#bulk button[value=correct]");
        await Assertions.Expect(page.Locator("#bulk-result")).ToContainTextAsync("2 of 2 file(s) done");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "4 mm" })).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "catalog-bulk-corrected");
    }
}
