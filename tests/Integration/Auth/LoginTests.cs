using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Auth;

/// <summary>Staff log in through the login page (antiforgery token, cookie session), are locked out after failures, change passwords.</summary>
[Collection(AuthCollection.Name)]
public sealed partial class LoginTests(AuthFixture fixture)
{
    [Fact]
    public async Task Login_WithSession_ServesTheRolesRights_AndIsAudited()
    {
        await CreateUserAsync("alice", "correct horse battery", "operator");
        using var browser = Browser();

        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(browser, "alice", "correct horse battery")).StatusCode);
        using (var files = await browser.GetAsync(Url("/files"))) Assert.Equal(200, (int)files.StatusCode);
        using (var keys = await browser.GetAsync(Url("/api-keys"))) Assert.Equal(403, (int)keys.StatusCode);

        var (_, audit) = await fixture.Cluster.GetJsonAsync("/audit");
        Assert.Contains(audit.EnumerateArray(), r => r.GetProperty("action").GetString() == "login" && r.GetProperty("actor").GetString() == "user:alice");
        var hashes = await fixture.Cluster.Database.ScalarAsync<string>("SELECT password_hash FROM lg_users WHERE user_name = 'alice'");
        Assert.DoesNotContain("correct horse battery", hashes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutTheFormsToken_IsRefused()
    {
        using var browser = Browser();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["user_name"] = "alice", ["password"] = "correct horse battery" });
        using var response = await browser.PostAsync(Url("/login"), form);
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task RepeatedFailedLogins_LockTheAccount_EvenForTheRightPassword()
    {
        await CreateUserAsync("bob", "bobs right password", "viewer");
        using var browser = Browser();
        for (var i = 0; i < 5; i++) Assert.Equal(401, (int)(await LoginAsync(browser, "bob", "wrong password " + i)).StatusCode);

        using var locked = await LoginAsync(browser, "bob", "bobs right password");
        Assert.Equal(401, (int)locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (_, audit) = await fixture.Cluster.GetJsonAsync("/audit?limit=500");
        Assert.Equal(5, audit.EnumerateArray().Count(r => r.GetProperty("action").GetString() == "login.failed" && r.GetProperty("actor").GetString() == "user:bob"));
    }

    [Fact]
    public async Task AnExpiredLock_StartsTheCountAgain()
    {
        await CreateUserAsync("gina", "ginas right password", "viewer");
        using var browser = Browser();
        for (var i = 0; i < 5; i++) await LoginAsync(browser, "gina", "wrong password " + i);
        // As if the 15 minutes had passed.
        await fixture.Cluster.Database.ScalarAsync<int?>("UPDATE lg_users SET locked_until = now() - interval '1 minute' WHERE user_name = 'gina'");

        using var wrong = await LoginAsync(browser, "gina", "one more wrong password");
        Assert.DoesNotContain("locked", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(302, (int)(await LoginAsync(browser, "gina", "ginas right password")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OldOneStopsWorking_NewOneWorks()
    {
        await CreateUserAsync("carol", "carols first password", "viewer");
        using var browser = Browser();
        await LoginAsync(browser, "carol", "carols first password");
        var token = await TokenAsync(browser, "/account/password");
        using var change = await browser.PostAsync(Url("/account/password"), Form(token, ("current", "carols first password"), ("next", "carols second password")));
        Assert.Equal(200, (int)change.StatusCode);
        Assert.Contains("Password changed.", await change.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = Browser();
        Assert.Equal(401, (int)(await LoginAsync(other, "carol", "carols first password")).StatusCode);
        Assert.Equal(302, (int)(await LoginAsync(other, "carol", "carols second password")).StatusCode);
    }

    [Fact]
    public async Task ABrowserWithoutSession_IsSentToTheLoginPage_AProgramGets401()
    {
        using var browser = Browser();
        using var page = new HttpRequestMessage(HttpMethod.Get, Url("/files"));
        page.Headers.Accept.ParseAdd("text/html");
        using var redirected = await browser.SendAsync(page);
        Assert.Equal(302, (int)redirected.StatusCode);
        Assert.StartsWith("/login", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        using var program = await browser.GetAsync(Url("/files"));
        Assert.Equal(401, (int)program.StatusCode);
    }

    [Fact]
    public async Task UiChange_WithASession_NeedsThePagesToken_AndTheRole()
    {
        var (_, file) = await fixture.Cluster.UploadAsync("Ui-Session.dxf", Ingest.SampleFiles.RectangleDxf("ui-session"));
        var id = file.GetProperty("ingest_id").GetInt64();
        await CreateUserAsync("dave", "daves long password", "operator");
        using var browser = Browser();
        await LoginAsync(browser, "dave", "daves long password");
        var page = await browser.GetStringAsync(Url($"/catalog/{id}"));
        var token = WebUtility.HtmlDecode(MetaToken().Match(page).Groups[1].Value);
        Assert.NotEmpty(token);

        using (var bare = await browser.PostAsync(Url($"/ui/files/{id}/re-extract"), null)) Assert.Equal(400, (int)bare.StatusCode);
        using var withToken = new HttpRequestMessage(HttpMethod.Post, Url($"/ui/files/{id}/re-extract"));
        withToken.Headers.Add("RequestVerificationToken", token);
        using (var ok = await browser.SendAsync(withToken)) Assert.Equal(200, (int)ok.StatusCode);
        using var hard = new HttpRequestMessage(HttpMethod.Post, Url($"/ui/files/{id}/hard-delete"));
        hard.Headers.Add("RequestVerificationToken", token);
        using (var denied = await browser.SendAsync(hard)) Assert.Equal(403, (int)denied.StatusCode);
        using (var webhooks = await browser.GetAsync(Url("/subscriptions"))) Assert.Equal(403, (int)webhooks.StatusCode);
    }

    [Fact]
    public async Task KeysPage_AnAdminCreatesAKeyShownOnce_AndRevokesIt()
    {
        await CreateUserAsync("erin", "erins long password", "admin");
        using var browser = Browser();
        await LoginAsync(browser, "erin", "erins long password");
        var token = await TokenAsync(browser, "/admin/keys");
        using var created = await browser.PostAsync(Url("/admin/keys"), Form(token, ("name", "page-key"), ("role", "viewer")));
        var html = await created.Content.ReadAsStringAsync();
        var key = NewKey().Match(html).Groups[1].Value;
        Assert.StartsWith("lg_", key, StringComparison.Ordinal);
        using (var use = await fixture.SendAsync(HttpMethod.Get, "/files", key)) Assert.Equal(200, (int)use.StatusCode);
        Assert.DoesNotContain(key, await browser.GetStringAsync(Url("/admin/keys")), StringComparison.Ordinal);

        var id = await fixture.Cluster.Database.ScalarAsync<long>("SELECT id FROM lg_api_keys WHERE name = 'page-key'");
        using var revoked = await browser.PostAsync(Url($"/admin/keys/{id}/revoke"), Form(await TokenAsync(browser, "/admin/keys")));
        Assert.Equal(200, (int)revoked.StatusCode);
        Assert.NotNull(await fixture.Cluster.Database.ScalarAsync<DateTime?>($"SELECT revoked_at FROM lg_api_keys WHERE id = {id}"));
        Assert.Contains("erin", await browser.GetStringAsync(Url("/admin/audit")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_FromOneGateway_IsGoodOnAnother_ThroughTheSharedKeyRing()
    {
        await CreateUserAsync("frank", "franks long password", "viewer");
        var env = fixture.Cluster.CommonEnvironment();
        var otherUrl = $"http://127.0.0.1:{FreePorts.Next()}";
        env["LG_GATEWAY_URL"] = otherUrl;
        // Its own home folder, so only the key ring in PostgreSQL can be shared, not the default one on disk.
        var home = Directory.CreateTempSubdirectory("lg-home-").FullName;
        env["HOME"] = home;
        await using var other = HostProcess.Start("Gateway", env, "gateway2");
        try
        {
            await Eventually.GetAsync(
                async () => (await fixture.Unauthenticated.GetAsync(new Uri(otherUrl + "/health/ready"))).IsSuccessStatusCode,
                ok => ok, TimeSpan.FromSeconds(90), "the second gateway\n" + other.Output);
            using var browser = Browser();
            Assert.Equal(302, (int)(await LoginAsync(browser, "frank", "franks long password")).StatusCode);
            using var there = await browser.GetAsync(new Uri(otherUrl + "/files"));
            Assert.Equal(200, (int)there.StatusCode);
            Assert.True(await fixture.Cluster.Database.ScalarAsync<long>("SELECT count(*) FROM lg_data_protection_keys") >= 1);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private async Task CreateUserAsync(string name, string password, string role)
    {
        using var response = await fixture.Cluster.Http.PostAsJsonAsync(fixture.Cluster.Url("/users"), new { user_name = name, password, role });
        Assert.Equal(201, (int)response.StatusCode);
    }

    private async Task<HttpResponseMessage> LoginAsync(HttpClient browser, string name, string password)
    {
        var token = await TokenAsync(browser, "/login");
        return await browser.PostAsync(Url("/login"), Form(token, ("user_name", name), ("password", password)));
    }

    private static async Task<(string Name, string Value)> TokenAsync(HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(new Uri(browser.BaseAddress!, page));
        var match = TokenField().Match(html);
        Assert.True(match.Success, "no antiforgery field in " + page);
        return (WebUtility.HtmlDecode(match.Groups[1].Value), WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    private static FormUrlEncodedContent Form((string Name, string Value) token, params (string, string)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)).Append(KeyValuePair.Create(token.Name, token.Value)));

    private HttpClient Browser() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(fixture.Cluster.GatewayUrl),
    };

    private Uri Url(string path) => fixture.Cluster.Url(path);

    [GeneratedRegex("shown only now: <code>([^<]+)</code>")]
    private static partial Regex NewKey();

    [GeneratedRegex("<meta name=\"lg-antiforgery\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenField();
}
