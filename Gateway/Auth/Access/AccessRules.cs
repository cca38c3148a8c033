using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LaserGrains.Gateway.Auth.Access;

/// <summary>The one table that says who may call which gateway endpoint, applied to every API endpoint as it is built.</summary>
/// <remarks>
/// First match wins; an endpoint no rule names needs an admin, so a new endpoint is closed until someone decides.
/// tests/Integration/Auth/EndpointGuardTests walks the OpenAPI document against its own copy of this table.
/// </remarks>
public static class AccessRules
{
    /// <summary>A route (pattern prefix or exact pattern) with methods (empty: any) and the policy it needs (null: anyone).</summary>
    private sealed record Rule(string Pattern, bool Exact, string[] Methods, string? Policy);

    private static readonly string[] Reads = ["GET", "HEAD"];
    private static readonly string[] Any = [];

    private static readonly Rule[] Table =
    [
        new("/health/live", true, Any, null),
        new("/health/ready", true, Any, null),
        new("/metrics", true, Reads, Policies.Admin),
        new("/webhooks/module-n/event", true, ["POST"], null),
        new("/webhooks/module-n/events", true, ["POST"], null),
        new("/login", true, Any, null),
        new("/logout", true, Any, null),
        new("/account", false, Any, Policies.Viewer),
        new("/link/", false, Any, Policies.UploadLink),
        new("/files/{id:long}/deliveries", true, Any, Policies.Admin),
        new("/files/{id:long}", true, ["DELETE"], Policies.FileDelete),
        new("/files", false, Reads, Policies.Viewer),
        new("/stats", true, Reads, Policies.Viewer),
        new("/library", false, Reads, Policies.Viewer),
        new("/openapi/", false, Reads, Policies.Viewer),
        new("/files", false, Any, Policies.Operator),
        new("/ingest", true, ["POST"], Policies.Operator),
        new("/upload-links", false, Any, Policies.Operator),
    ];

    /// <summary>The policy for <paramref name="method"/> on <paramref name="pattern"/>; null means anyone, even without credentials.</summary>
    public static string? PolicyFor(string method, string pattern)
    {
        foreach (var rule in Table)
        {
            var matches = rule.Exact ? pattern == rule.Pattern : pattern.StartsWith(rule.Pattern, StringComparison.Ordinal);
            if (matches && (rule.Methods.Length == 0 || rule.Methods.Contains(method, StringComparer.OrdinalIgnoreCase))) return rule.Policy;
        }

        return Policies.Admin;
    }

    /// <summary>Adds each endpoint's authorization from the table; an endpoint with several methods gets the strictest.</summary>
    public static TBuilder RequireAccessRules<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route) return;
            var pattern = Normalize(route.RoutePattern);
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).DefaultIfEmpty("GET");
            var policies = methods.Select(m => PolicyFor(m, pattern)).Distinct().ToList();
            if (policies.All(p => p is null))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
                return;
            }

            foreach (var policy in policies.OfType<string>()) endpoint.Metadata.Add(new AuthorizeAttribute(policy));
        });
        return builder;
    }

    private static string Normalize(RoutePattern pattern)
    {
        var raw = pattern.RawText ?? "/";
        raw = raw.StartsWith('/') ? raw : "/" + raw;
        return raw.Length > 1 ? raw.TrimEnd('/') : raw;
    }
}
