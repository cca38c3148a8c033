using System.Security.Claims;

namespace LaserGrains.Gateway.Auth.Access;

/// <summary>How the audit log and created records name whoever made a request.</summary>
public static class Actor
{
    public static string Of(ClaimsPrincipal? user) =>
        user?.FindFirst(Policies.ActorClaim)?.Value ?? "anonymous";
}
