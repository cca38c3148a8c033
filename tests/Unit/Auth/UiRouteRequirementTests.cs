using LaserGrains.Gateway.Auth.Access;
using Xunit;

namespace LaserGrains.Tests.Unit.Auth;

/// <summary>The role each UI page and fragment needs: the same as its API counterpart.</summary>
public sealed class UiRouteRequirementTests
{
    [Theory]
    [InlineData("GET", "/", Role.Viewer)]
    [InlineData("GET", "/catalog/12", Role.Viewer)]
    [InlineData("GET", "/docs", Role.Viewer)]
    [InlineData("GET", "/upload", Role.Operator)]
    [InlineData("POST", "/ui/files/12/re-extract", Role.Operator)]
    [InlineData("POST", "/ui/files/bulk", Role.Operator)]
    [InlineData("POST", "/ui/files/12/hard-delete", Role.Admin)]
    [InlineData("GET", "/subscriptions", Role.Admin)]
    [InlineData("POST", "/ui/webhooks/subscriptions/sub_1/rotate", Role.Admin)]
    [InlineData("GET", "/projects/JB-1", Role.Admin)]
    [InlineData("POST", "/ui/laser-os/projects", Role.Admin)]
    public void Needed_Route_IsItsApiCounterpartsRole(string method, string path, Role role) =>
        Assert.Equal(role, UiRouteRequirement.Needed(method, path));
}
