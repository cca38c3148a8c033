using System.Text.Json;
using System.Text.RegularExpressions;

namespace LaserGrains.Tests.Integration.Auth;

/// <summary>Walks the OpenAPI document: every endpoint refuses a caller without credentials (401) and one with too weak a role (403).</summary>
[Collection(AuthCollection.Name)]
public sealed partial class EndpointGuardTests(AuthFixture fixture)
{
    /// <summary>Who may call what: this test's own table, independent of the gateway's AccessRules.</summary>
    private enum Need
    {
        Anyone,
        Signature,
        Link,
        Viewer,
        Operator,
        Admin,
    }

    private static readonly Dictionary<string, Need> Expected = new(StringComparer.Ordinal)
    {
        ["GET /health/live"] = Need.Anyone,
        ["GET /health/ready"] = Need.Anyone,
        ["GET /metrics"] = Need.Admin,
        ["GET /login"] = Need.Anyone,
        ["POST /login"] = Need.Anyone,
        ["POST /logout"] = Need.Anyone,
        ["POST /webhooks/module-n/event"] = Need.Signature,
        ["POST /webhooks/module-n/events"] = Need.Signature,
        ["GET /webhooks/module-n/health"] = Need.Admin,
        ["GET /account/password"] = Need.Viewer,
        ["POST /account/password"] = Need.Viewer,
        ["GET /files"] = Need.Viewer,
        ["GET /files/{id}"] = Need.Viewer,
        ["GET /files/{id}/versions"] = Need.Viewer,
        ["GET /files/{id}/download"] = Need.Viewer,
        ["GET /files/{id}/parts"] = Need.Viewer,
        ["GET /files/{id}/preview.svg"] = Need.Viewer,
        ["GET /stats"] = Need.Viewer,
        ["GET /library"] = Need.Viewer,
        ["GET /library/download"] = Need.Viewer,
        ["POST /ingest"] = Need.Operator,
        ["PATCH /files/{id}"] = Need.Operator,
        ["DELETE /files/{id}"] = Need.Operator,
        ["POST /files/{id}/re-extract"] = Need.Operator,
        ["POST /files/{id}/restore"] = Need.Operator,
        ["POST /upload-links"] = Need.Operator,
        ["GET /upload-links"] = Need.Operator,
        ["DELETE /upload-links/{id}"] = Need.Operator,
        ["POST /link/ingest"] = Need.Link,
        ["GET /link/files"] = Need.Link,
        ["GET /files/{id}/deliveries"] = Need.Admin,
        ["POST /webhooks/subscriptions"] = Need.Admin,
        ["GET /webhooks/subscriptions"] = Need.Admin,
        ["GET /webhooks/subscriptions/{id}"] = Need.Admin,
        ["PUT /webhooks/subscriptions/{id}"] = Need.Admin,
        ["DELETE /webhooks/subscriptions/{id}"] = Need.Admin,
        ["POST /webhooks/subscriptions/{id}/disable"] = Need.Admin,
        ["POST /webhooks/subscriptions/{id}/enable"] = Need.Admin,
        ["POST /webhooks/subscriptions/{id}/rotate-secret"] = Need.Admin,
        ["GET /webhooks/subscriptions/{id}/secret"] = Need.Admin,
        ["GET /webhooks/subscriptions/{id}/status"] = Need.Admin,
        ["POST /webhooks/subscriptions/{id}/test"] = Need.Admin,
        ["GET /webhooks/subscriptions/{id}/dead-letters"] = Need.Admin,
        ["POST /webhooks/subscriptions/{id}/dead-letters/{eventId}/replay"] = Need.Admin,
        ["POST /webhooks/subscriptions/{id}/replay"] = Need.Admin,
        ["GET /webhooks/subscriptions/{id}/attempts"] = Need.Admin,
        ["POST /laser-os/projects"] = Need.Admin,
        ["GET /laser-os/projects"] = Need.Admin,
        ["GET /laser-os/projects/{code}"] = Need.Admin,
        ["GET /laser-os/projects/{code}/design-files"] = Need.Admin,
        ["GET /laser-os/projects/{code}/activity"] = Need.Admin,
        ["GET /laser-os/design-files/unassigned"] = Need.Admin,
        ["POST /api-keys"] = Need.Admin,
        ["GET /api-keys"] = Need.Admin,
        ["DELETE /api-keys/{id}"] = Need.Admin,
        ["POST /users"] = Need.Admin,
        ["GET /users"] = Need.Admin,
        ["DELETE /users/{id}"] = Need.Admin,
        ["GET /audit"] = Need.Admin,
        ["GET /admin/keys"] = Need.Admin,
        ["POST /admin/keys"] = Need.Admin,
        ["POST /admin/keys/{id}/revoke"] = Need.Admin,
        ["GET /admin/audit"] = Need.Admin,
    };

    [Fact]
    public async Task OpenApi_EveryOperation_IsInTheTable()
    {
        var operations = await OperationsAsync();
        Assert.Empty(operations.Except(Expected.Keys));
        Assert.Empty(Expected.Keys.Except(operations));
    }

    [Fact]
    public async Task EveryGuardedEndpoint_WithoutCredentials_Answers401()
    {
        var wrong = new List<string>();
        foreach (var operation in await OperationsAsync())
        {
            if (Expected[operation] is Need.Anyone) continue;
            foreach (var token in new[] { null, "lg_notAKeyAtAll0000000000000000000000000000000", "lgu_notALink00000000000000000000000000000000" })
            {
                var status = await StatusAsync(operation, token);
                if (status != 401) wrong.Add($"{operation} with {token ?? "nothing"}: {status}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task EveryGuardedEndpoint_WithTooWeakARole_Answers403()
    {
        var wrong = new List<string>();
        foreach (var operation in await OperationsAsync())
        {
            var weaker = Expected[operation] switch
            {
                Need.Viewer => fixture.LinkToken,
                Need.Operator => fixture.ViewerKey,
                Need.Admin => fixture.OperatorKey,
                // A staff key is not an upload link: even an admin's is refused there.
                Need.Link => fixture.Cluster.Http.DefaultRequestHeaders.Authorization!.Parameter,
                _ => null,
            };
            if (weaker is null) continue;
            var status = await StatusAsync(operation, weaker);
            if (status != 403) wrong.Add($"{operation}: {status}");
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Receiver_WithAnyKeyButNoSignature_IsRefused()
    {
        Assert.Equal(401, await StatusAsync("POST /webhooks/module-n/event", fixture.Cluster.Http.DefaultRequestHeaders.Authorization!.Parameter));
        Assert.Equal(401, await StatusAsync("POST /webhooks/module-n/event", null));
    }

    [Fact]
    public async Task Open_Endpoints_AnswerWithoutCredentials()
    {
        Assert.Equal(200, await StatusAsync("GET /health/live", null));
        Assert.Equal(200, await StatusAsync("GET /login", null));
        using var ready = await fixture.SendAsync(HttpMethod.Get, "/health/ready", null);
        Assert.Equal(200, (int)ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        // Without credentials: ready or not, and no detail.
        Assert.True(body.GetProperty("ready").GetBoolean());
        Assert.False(body.TryGetProperty("active_silos", out _));
        Assert.False(body.TryGetProperty("database", out _));
    }

    [Fact]
    public async Task HardDelete_NeedsAnAdmin_SoftDeleteAnOperator()
    {
        Assert.Equal(403, await StatusAsync("DELETE /files/{id}?hard_delete=true", fixture.OperatorKey));
        Assert.Equal(404, await StatusAsync("DELETE /files/{id}", fixture.OperatorKey));
        Assert.Equal(404, await StatusAsync("DELETE /files/{id}?hard_delete=true", fixture.Cluster.Http.DefaultRequestHeaders.Authorization!.Parameter));
    }

    private async Task<int> StatusAsync(string operation, string? token)
    {
        var space = operation.IndexOf(' ', StringComparison.Ordinal);
        var path = Parameter().Replace(operation[(space + 1)..], "999999");
        using var response = await fixture.SendAsync(new HttpMethod(operation[..space]), path, token);
        return (int)response.StatusCode;
    }

    private async Task<List<string>> OperationsAsync()
    {
        var (status, doc) = await fixture.Cluster.GetJsonAsync("/openapi/v1.json");
        Assert.Equal(200, status);
        var operations = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                operations.Add($"{method.Name.ToUpperInvariant()} {path.Name}");
            }
        }

        return operations;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
