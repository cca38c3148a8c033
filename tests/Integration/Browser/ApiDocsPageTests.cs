using Microsoft.Playwright;

namespace LaserGrains.Tests.Integration.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ApiDocsPageTests(BrowserFixture fx)
{
    [Fact]
    public async Task Docs_and_pages_load_nothing_from_outside_the_gateway()
    {
        var page = await fx.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(fx.Cluster.GatewayUrl, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) foreign.Add(r.Url);
        };
        await page.GotoAsync("/");
        await page.GotoAsync("/catalog");
        await page.GotoAsync("/docs");
        await Assertions.Expect(page.GetByText("LaserGrains API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("/files/{id}/preview.svg").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await BrowserFixture.ScreenshotAsync(page, "api-docs", fullPage: false);
        Assert.Empty(foreign);
    }
}
