using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Common;
using Microsoft.Playwright;

namespace LaserGrains.Tests.Integration.Browser;

[Collection(BrowserCollection.Name)]
public sealed class WebhookAndLaserOsPageTests(BrowserFixture fx)
{
    private static readonly string[] ProcessedOnly = ["file.processed"];

    [Fact]
    public async Task A_dead_letter_is_replayed_from_the_subscription_page()
    {
        using var create = await fx.Cluster.Http.PostAsJsonAsync(fx.Cluster.Url("/webhooks/subscriptions"),
            new { url = BrowserFixture.DeadEndpoint, event_types = ProcessedOnly, description = "nobody listens" });
        var sub = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var file = await UiHttp.UploadAsync(fx.Cluster, "Deadletter.dxf", UiFiles.CleanDxf(nameof(A_dead_letter_is_replayed_from_the_subscription_page)),
            new() { ["project_code"] = fx.NewProject() });
        await Eventually.GetAsync(
            async () => (await fx.Cluster.GetJsonAsync($"/webhooks/subscriptions/{sub}/dead-letters")).Body.GetProperty("items").GetArrayLength(),
            n => n > 0, TimeSpan.FromSeconds(60), "the delivery to be dead-lettered");

        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/subscriptions/{sub}");
        var row = page.Locator("tr", new() { HasText = $"#{file.GetProperty("ingest_id").GetInt64()}" }).First;
        await Assertions.Expect(row).ToContainTextAsync("file.processed");
        await BrowserFixture.ScreenshotAsync(page, "subscription-dead-letter");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Replay") }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Queued again.");

        // The replayed delivery is attempted again (and fails again, since nobody listens).
        await Eventually.GetAsync(
            async () => (await fx.Cluster.GetJsonAsync($"/webhooks/subscriptions/{sub}/attempts")).Body.GetProperty("items").GetArrayLength(),
            n => n >= 2, TimeSpan.FromSeconds(60), "a second attempt after the replay");
        await page.GotoAsync($"/subscriptions/{sub}?status=failed&event_type=file.processed");
        Assert.True(await page.Locator("section", new() { HasText = "Attempt log" }).Locator("tbody tr").CountAsync() >= 2);
    }

    [Fact]
    public async Task A_test_event_is_sent_and_logged_and_a_rotated_secret_is_shown_once()
    {
        using var create = await fx.Cluster.Http.PostAsJsonAsync(fx.Cluster.Url("/webhooks/subscriptions"), new { url = BrowserFixture.DeadEndpoint });
        var sub = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/subscriptions/{sub}");
        await page.ClickAsync("text=Send test event");
        await Assertions.Expect(page.Locator("#sub-result")).ToContainTextAsync("queued");
        await Eventually.GetAsync(
            async () => (await fx.Cluster.GetJsonAsync($"/webhooks/subscriptions/{sub}/attempts")).Body.GetProperty("items").GetArrayLength(),
            n => n > 0, TimeSpan.FromSeconds(60), "the test event to be attempted");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("section", new() { HasText = "Attempt log" }).Locator("tbody tr").First).ToContainTextAsync("webhook.test");

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.ClickAsync("text=Rotate secret");
        await Assertions.Expect(page.Locator("[data-secret]")).ToContainTextAsync("whsec_");
        await BrowserFixture.ScreenshotAsync(page, "subscription-rotated");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-secret]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_uploaded_file_appears_as_a_design_file_on_the_laser_os_pages()
    {
        var project = fx.NewProject();
        var file = await UiHttp.UploadAsync(fx.Cluster, "Gear-plate.dxf", UiFiles.CleanDxf(project), new() { ["project_code"] = project, ["client_code"] = "CL0042" });
        var id = file.GetProperty("ingest_id").GetInt64();
        var page = await fx.NewPageAsync();
        await Eventually.GetAsync(
            async () => { await page.GotoAsync("/projects"); return await page.Locator("section", new() { HasText = "waiting for a project" }).Locator($"a[href='/catalog/{id}']").CountAsync(); },
            n => n == 1, TimeSpan.FromSeconds(60), "the file to wait for its project");

        await page.FillAsync("#p-code", project);
        await page.FillAsync("#p-name", "Gear plates");
        await page.FillAsync("#p-client", "CL0042");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await page.ClickAsync($"a[href='/projects/{project}']");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Gear plates");
        await Assertions.Expect(page.Locator($"a[href='/catalog/{id}']")).ToHaveTextAsync("Gear-plate.dxf");
        await BrowserFixture.ScreenshotAsync(page, "laser-os-project");
    }

    [Fact]
    public async Task Overview_counts_files_and_shows_the_delivery_backlog()
    {
        await UiHttp.UploadAsync(fx.Cluster, "Overview.dxf", UiFiles.CleanDxf(nameof(Overview_counts_files_and_shows_the_delivery_backlog)), new() { ["project_code"] = fx.NewProject() });
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("section", new() { HasText = "Files by status" }).Locator("a[href='/catalog?status=completed']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("section", new() { HasText = "delivery backlog" }).Locator("a[href='/subscriptions/sub_default']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("section", new() { HasText = "Recent uploads" })).ToContainTextAsync("Overview.dxf");
        await BrowserFixture.ScreenshotAsync(page, "overview");
    }
}
