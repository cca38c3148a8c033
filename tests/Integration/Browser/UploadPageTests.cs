using System.Text.Json;
using Microsoft.Playwright;

namespace LaserGrains.Tests.Integration.Browser;

[Collection(BrowserCollection.Name)]
public sealed class UploadPageTests(BrowserFixture fx)
{
    [Fact]
    public async Task Uploading_a_dxf_with_an_open_contour_shows_progress_completion_and_the_marked_preview()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.FillAsync("#h-project", fx.NewProject());
        await page.FillAsync("#h-material", "MS");
        await page.FillAsync("#h-thickness", "3");
        await page.SetInputFilesAsync("#file-input", new FilePayload
        {
            Name = "Bracket-open.dxf", MimeType = "application/dxf", Buffer = UiFiles.OpenContourDxf(nameof(Uploading_a_dxf_with_an_open_contour_shows_progress_completion_and_the_marked_preview)),
        });

        var row = page.Locator("#queue li", new() { HasText = "Bracket-open.dxf" });
        await Assertions.Expect(row.Locator("progress")).ToHaveAttributeAsync("aria-label", "Upload progress of Bracket-open.dxf");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("completed", new() { Timeout = 60_000 });
        Assert.Equal(100, await row.Locator("progress").EvaluateAsync<int>("p => p.value"));
        await BrowserFixture.ScreenshotAsync(page, "upload-completed");

        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-ready", "true");
        var markers = page.Locator("#viewer g.defect.open_contour");
        Assert.Equal(2, await markers.CountAsync());
        Assert.Equal(1, await page.Locator("#viewer path.open").CountAsync() > 0 ? 1 : 0);
        Assert.Equal(1, await page.Locator("#viewer path.hole").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "file-page-preview");

        // A defect row zooms the drawing to its numbered marker.
        var number = await markers.First.GetAttributeAsync("data-defect");
        var before = await page.Locator("#viewer svg").GetAttributeAsync("viewBox");
        await page.ClickAsync($"[data-zoom-defect=\"{number}\"]");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-zoomed", number!);
        Assert.NotEqual(before, await page.Locator("#viewer svg").GetAttributeAsync("viewBox"));
        await BrowserFixture.ScreenshotAsync(page, "file-page-zoomed-defect");
    }

    [Fact]
    public async Task The_upload_list_survives_a_reload_and_a_refused_file_says_why()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.SetInputFilesAsync("#file-input", new[]
        {
            new FilePayload { Name = "plate.dxf", MimeType = "application/dxf", Buffer = UiFiles.CleanDxf(nameof(The_upload_list_survives_a_reload_and_a_refused_file_says_why)) },
            new FilePayload { Name = "empty.dxf", MimeType = "application/dxf", Buffer = [] },
        });
        var refused = page.Locator("#queue li", new() { HasText = "empty.dxf" });
        await Assertions.Expect(refused.Locator(".badge")).ToHaveTextAsync("refused");
        var why = await refused.Locator(".why").InnerTextAsync();
        Assert.Contains("empty", why, StringComparison.OrdinalIgnoreCase);

        // Once the server has answered with an ingest id, a reload must not lose the file (bytes in flight would be).
        var plate = page.Locator("#queue li", new() { HasText = "plate.dxf" });
        await Assertions.Expect(plate.Locator("a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/catalog/[0-9]+"));
        await page.ReloadAsync();
        await Assertions.Expect(plate.Locator(".badge")).ToHaveTextAsync("completed", new() { Timeout = 60_000 });
        await Assertions.Expect(refused.Locator(".badge")).ToHaveTextAsync("refused");
        var stored = await page.EvaluateAsync<string>("() => localStorage.getItem('lg.uploads')");
        Assert.Contains(JsonDocument.Parse(stored).RootElement.EnumerateArray(), e => e.GetProperty("name").GetString() == "plate.dxf" && e.GetProperty("id").GetInt64() > 0);
        await BrowserFixture.ScreenshotAsync(page, "upload-after-reload");
    }

    [Fact]
    public async Task At_tablet_width_files_can_be_chosen_by_keyboard()
    {
        var page = await fx.NewPageAsync(width: 768, height: 1024);
        await page.GotoAsync("/upload");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await page.FocusAsync("#h-client");
        await page.Keyboard.TypeAsync("CL0042");
        Assert.Equal("CL0042", await page.InputValueAsync("#h-client"));
        await Assertions.Expect(page.GetByLabel("Choose files to upload")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "upload-tablet");
    }
}
