using Microsoft.AspNetCore.Authorization;

namespace LaserGrains.Gateway.Auth.Access;

/// <summary>DELETE /files/{id} soft-deletes for operators; with hard_delete=true it needs an admin.</summary>
public sealed class HardDeleteRequirement : AuthorizationHandler<HardDeleteRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, HardDeleteRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hard = context.Resource is HttpContext http
            && http.Request.Query.TryGetValue("hard_delete", out var value)
            && bool.TryParse(value.ToString(), out var parsed) && parsed;
        var needed = hard ? Role.Admin : Role.Operator;
        if (Policies.RoleOf(context.User) >= needed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
