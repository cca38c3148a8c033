using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Auth;

/// <summary>One silo and a gateway, with a key of every role and an upload link, shared by the access tests.</summary>
public sealed class AuthFixture : IAsyncLifetime
{
    public LocalCluster Cluster { get; private set; } = null!;

    public string ViewerKey { get; private set; } = "";

    public string OperatorKey { get; private set; } = "";

    /// <summary>Token of an upload link for client AC01, project AC01-JB-1 (no limits).</summary>
    public string LinkToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // A receiver secret, so the receiver checks signatures instead of answering 503.
        Cluster = await LocalCluster.StartAsync(extra: new() { ["LG_RECEIVER_SECRETS"] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });
        ViewerKey = await Cluster.CreateKeyAsync("viewer-key", "viewer");
        OperatorKey = await Cluster.CreateKeyAsync("operator-key", "operator");
        LinkToken = (await CreateLinkAsync(new { client_code = "AC01", project_code = "AC01-JB-1" })).GetProperty("token").GetString()!;
    }

    public async Task<JsonElement> CreateLinkAsync(object body)
    {
        using var response = await Cluster.Http.PostAsJsonAsync(Cluster.Url("/upload-links"), body);
        Assert.Equal(201, (int)response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Sends a request with the given bearer token instead of the admin key (null: no credentials at all).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, Cluster.Url(path)) { Content = content };
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await Unauthenticated.SendAsync(request);
    }

    /// <summary>A client without the default admin key, for requests that bring their own credentials or none.</summary>
    public HttpClient Unauthenticated { get; } = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(100) };

    public async Task DisposeAsync()
    {
        Unauthenticated.Dispose();
        await Cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AuthCollection : ICollectionFixture<AuthFixture>
{
    public const string Name = "auth";
}
