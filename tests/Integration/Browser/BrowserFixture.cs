using System.Net;
using System.Net.Sockets;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace LaserGrains.Tests.Integration.Browser;

/// <summary>One silo, one gateway and one shared headless chromium (Debian's, never a downloaded one) for every browser test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private int _next;

    public LocalCluster Cluster { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where every test saves its screenshots: .data/test-artifacts/ in the repository.</summary>
    public static string Artifacts { get; } = Path.Combine(TestEnvironment.RepoRoot, ".data", "test-artifacts");

    /// <summary>A loopback port nothing listens on: deliveries to it fail at once (connection refused).</summary>
    public static string DeadEndpoint { get; } = $"http://127.0.0.1:{ClosedPort()}/hook";

    public string NewProject() => $"JB-2025-11-CL0042-{Interlocked.Increment(ref _next):000}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        var secret = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Cluster = await LocalCluster.StartAsync(silos: 1, extra: new()
        {
            ["LG_RECEIVER_SECRETS"] = secret,
            ["WEBHOOK_URL"] = "{gateway}/webhooks/module-n/event",
            ["WEBHOOK_SECRET"] = secret,
            // Exactly the two loopback targets the tests use: the built-in receiver and the dead endpoint.
            ["LG_WEBHOOK_ALLOWED_TARGETS"] = "{gateway-authority}," + new Uri(DeadEndpoint).Authority,
            // One attempt only: a failing delivery is dead-lettered at once, so the replay page has something to show.
            ["LG_WEBHOOK_RETRY_SCHEDULE"] = "0s",
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        Console.WriteLine($"browser tests: chromium {Browser.Version}");
    }

    /// <summary>A fresh page at desktop width (1280 px) in its own context, so storage never leaks between tests.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Cluster.GatewayUrl,
            // The page acts as the tests' admin key (docs/SECURITY.md); LoginTests cover sessions and their tokens.
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = Cluster.Http.DefaultRequestHeaders.Authorization!.ToString() },
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("LG_UI_TEST_LOG") == "1") Console.WriteLine(Cluster?.Gateway?.Output);
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Cluster is not null) await Cluster.DisposeAsync();
    }

    private static int ClosedPort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
