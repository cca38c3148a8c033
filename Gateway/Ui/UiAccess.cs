using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Authorization;

namespace LaserGrains.Gateway.Ui;

/// <summary>The one authorization hook of the UI: every page and fragment requires policy <see cref="Policy"/>.</summary>
/// <remarks>The policy asks for the role each page or fragment needs (<see cref="UiRouteRequirement"/>); no page checks access itself.</remarks>
public static class UiAccess
{
    public const string Policy = "lasergrains-ui";

    public static void Configure(AuthorizationOptions options) =>
        options.AddPolicy(Policy, p => p.RequireAuthenticatedUser().AddRequirements(new UiRouteRequirement()));

    /// <summary>Applied once to the Razor component endpoints and once to the fragment group.</summary>
    public static TBuilder RequireUiAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(Policy);
}
