using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LaserGrains.Tests.Integration.Browser;

/// <summary>The upload page with a zip of several drawings (one row per entry) and with a file already in the project (linked to its original).</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BatchUploadPageTests(BrowserFixture fx)
{
    [GeneratedRegex("^/catalog/[0-9]+$")]
    private static partial Regex CatalogLink();

    [Fact]
    public async Task A_zip_becomes_one_completed_row_per_drawing()
    {
        var tag = nameof(A_zip_becomes_one_completed_row_per_drawing);
        var zip = UiFiles.Zip(("Bracket.dxf", UiFiles.CleanDxf(tag + "1")), ("Gusset.dxf", UiFiles.OpenContourDxf(tag + "2")), ("Sign.lbrn2", UiFiles.LightBurn(tag)));
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.FillAsync("#h-project", fx.NewProject());
        await page.SetInputFilesAsync("#file-input", new FilePayload { Name = "batch.zip", MimeType = "application/zip", Buffer = zip });

        foreach (var name in new[] { "Bracket.dxf", "Gusset.dxf", "Sign.lbrn2" })
        {
            var row = page.Locator("#queue li", new() { HasText = $"batch.zip → {name}" });
            await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("completed", new() { Timeout = 60_000 });
            await Assertions.Expect(row.Locator("a")).ToHaveAttributeAsync("href", CatalogLink());
        }

        await Assertions.Expect(page.Locator("#queue li", new() { HasText = "batch.zip" })).ToHaveCountAsync(3);
        var links = await page.Locator("#queue li a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.Equal(3, links.Distinct().Count());
        await BrowserFixture.ScreenshotAsync(page, "upload-zip");
    }

    [Fact]
    public async Task A_file_uploaded_again_to_its_project_is_a_duplicate_linking_to_the_original()
    {
        var project = fx.NewProject();
        var bytes = UiFiles.CleanDxf(nameof(A_file_uploaded_again_to_its_project_is_a_duplicate_linking_to_the_original));
        var original = await UiHttp.UploadAsync(fx.Cluster, "Flange.dxf", bytes, new() { ["project_code"] = project });
        var originalId = original.GetProperty("ingest_id").GetInt64();

        var page = await fx.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.FillAsync("#h-project", project);
        await page.SetInputFilesAsync("#file-input", new FilePayload { Name = "Flange-again.dxf", MimeType = "application/dxf", Buffer = bytes });

        var row = page.Locator("#queue li", new() { HasText = "Flange-again.dxf" });
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("duplicate", new() { Timeout = 60_000 });
        var link = row.Locator(".why a");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/catalog/{originalId}");
        await Assertions.Expect(row.Locator(".why")).ToContainTextAsync("no new version");
        await BrowserFixture.ScreenshotAsync(page, "upload-duplicate");

        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/catalog/{originalId}$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Flange.dxf");
    }

    [Fact]
    public async Task A_lightburn_project_is_previewed_with_its_contours_and_defects()
    {
        var file = await UiHttp.UploadAsync(fx.Cluster, "Sign.lbrn2", UiFiles.LightBurn(nameof(A_lightburn_project_is_previewed_with_its_contours_and_defects)),
            new() { ["project_code"] = fx.NewProject() });
        var id = file.GetProperty("ingest_id").GetInt64();
        var codes = file.GetProperty("defects").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "open_contour", "duplicate_geometry", "text_not_outlined" }, codes);

        using var response = await fx.Cluster.Http.GetAsync(fx.Cluster.Url($"/files/{id}/preview.svg"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);

        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/catalog/{id}");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-ready", "true");
        // The plate is the outer contour; the round hole and the first triangle lie inside it, so both are holes.
        await Assertions.Expect(page.Locator("#viewer path.outer")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#viewer path.hole")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#viewer path.open")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#viewer path.duplicate")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#viewer g.defects path.doubled")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#viewer g.defect.text_not_outlined rect.dashed")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "file-page-lightburn");
    }
}
