using Microsoft.AspNetCore.Authorization;

namespace LaserGrains.Gateway.Ui;

/// <summary>The one authorization hook of the UI: every page and fragment requires policy <see cref="Policy"/>.</summary>
/// <remarks>Today the policy admits everyone (there are no accounts yet); access control replaces <see cref="Configure"/>'s rule, and no page changes.</remarks>
public static class UiAccess
{
    public const string Policy = "lasergrains-ui";

    public static void Configure(AuthorizationOptions options) =>
        options.AddPolicy(Policy, p => p.RequireAssertion(_ => true));

    /// <summary>Applied once to the Razor component endpoints and once to the fragment group.</summary>
    public static TBuilder RequireUiAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(Policy);
}
