using LaserGrains.Shared.Auth;
using Xunit;
using LaserGrains.Gateway.Auth.Access;

namespace LaserGrains.Tests.Unit.Auth;

/// <summary>The gateway's access table: open routes, staff roles, links, and closed by default.</summary>
public sealed class AccessRulesTests
{
    [Theory]
    [InlineData("GET", "/health/live", null)]
    [InlineData("GET", "/health/ready", null)]
    [InlineData("POST", "/webhooks/module-n/event", null)]
    [InlineData("POST", "/webhooks/module-n/events", null)]
    [InlineData("GET", "/webhooks/module-n/health", Policies.Admin)]
    [InlineData("GET", "/files", Policies.Viewer)]
    [InlineData("GET", "/files/{id:long}/download", Policies.Viewer)]
    [InlineData("GET", "/files/{id:long}/deliveries", Policies.Admin)]
    [InlineData("PATCH", "/files/{id:long}", Policies.Operator)]
    [InlineData("DELETE", "/files/{id:long}", Policies.FileDelete)]
    [InlineData("POST", "/ingest", Policies.Operator)]
    [InlineData("POST", "/link/ingest", Policies.UploadLink)]
    [InlineData("GET", "/webhooks/subscriptions/{id}/secret", Policies.Admin)]
    [InlineData("GET", "/something-new", Policies.Admin)]
    public void PolicyFor_Route_IsTheTablesAnswer(string method, string pattern, string? policy) =>
        Assert.Equal(policy, AccessRules.PolicyFor(method, pattern));

    [Fact]
    public void Roles_ImplyEveryWeakerRole_AndNoStrongerOne()
    {
        Assert.Equal(["viewer", "operator"], RoleNames.Implied(Role.Operator));
        Assert.Equal(["viewer"], RoleNames.Implied(Role.Viewer));
        Assert.False(RoleNames.TryParse("root", out _));
        Assert.True(RoleNames.TryParse(" Admin ", out var admin));
        Assert.Equal(Role.Admin, admin);
    }

    [Fact]
    public void SecretToken_IsRandom_WithItsPrefix_AndOnlyItsHashIsKept()
    {
        var (a, prefix, hash) = SecretToken.Create(SecretToken.KeyMark);
        var (b, _, _) = SecretToken.Create(SecretToken.KeyMark);
        Assert.NotEqual(a, b);
        Assert.StartsWith("lg_", a, StringComparison.Ordinal);
        Assert.StartsWith(prefix, a, StringComparison.Ordinal);
        Assert.True(a.Length > 40);
        Assert.Equal(hash, SecretToken.Hash(a));
        Assert.Equal(32, hash.Length);
    }
}
