using Microsoft.AspNetCore.Authorization;

namespace LaserGrains.Gateway.Auth.Access;

/// <summary>The UI's pages and fragments need the role their API counterparts need (see docs/SECURITY.md).</summary>
/// <remarks>Webhooks and Laser OS pages are admins'; hard delete is admins'; other changes and the upload page operators'; reading viewers'.</remarks>
public sealed class UiRouteRequirement : AuthorizationHandler<UiRouteRequirement>, IAuthorizationRequirement
{
    private static readonly string[] AdminAreas = ["/subscriptions", "/projects", "/ui/webhooks", "/ui/laser-os"];

    public static Role Needed(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (AdminAreas.Any(a => path.StartsWith(a, StringComparison.OrdinalIgnoreCase))) return Role.Admin;
        if (path.EndsWith("/hard-delete", StringComparison.OrdinalIgnoreCase)) return Role.Admin;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)) return Role.Operator;
        return path.StartsWith("/upload", StringComparison.OrdinalIgnoreCase) ? Role.Operator : Role.Viewer;
    }

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UiRouteRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Resource is HttpContext http && Policies.RoleOf(context.User) >= Needed(http.Request.Method, http.Request.Path.Value ?? "/"))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
