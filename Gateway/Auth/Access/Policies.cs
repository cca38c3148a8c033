using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace LaserGrains.Gateway.Auth.Access;

/// <summary>The authorization policies every endpoint is mapped onto (see <see cref="AccessRules"/>).</summary>
public static class Policies
{
    public const string Viewer = "role:viewer";
    public const string Operator = "role:operator";
    public const string Admin = "role:admin";
    public const string UploadLink = "upload-link";
    public const string FileDelete = "files:delete";

    /// <summary>Claim an upload link's principal carries: the link's id.</summary>
    public const string LinkClaim = "lg_link";

    /// <summary>Claim naming what authenticated a principal: user, key or link (for the audit log).</summary>
    public const string ActorClaim = "lg_actor";

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Viewer, p => p.RequireRole(RoleNames.Viewer));
        options.AddPolicy(Operator, p => p.RequireRole(RoleNames.Operator));
        options.AddPolicy(Admin, p => p.RequireRole(RoleNames.Admin));
        options.AddPolicy(UploadLink, p => p.RequireClaim(LinkClaim));
        options.AddPolicy(FileDelete, p => p.RequireAuthenticatedUser().AddRequirements(new HardDeleteRequirement()));
        // Endpoints get their policy from AccessRules or the UI's hook; what has none (static assets, unknown paths)
        // still needs someone logged in.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    public static Role? RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(RoleNames.Admin)) return Role.Admin;
        if (user.IsInRole(RoleNames.Operator)) return Role.Operator;
        return user.IsInRole(RoleNames.Viewer) ? Role.Viewer : null;
    }
}
