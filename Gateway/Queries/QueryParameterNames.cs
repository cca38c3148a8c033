using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace LaserGrains.Gateway.Queries;

/// <summary>Which query parameters an endpoint understands: declared, or read off its handler's simple parameters.</summary>
public static class QueryParameterNames
{
    /// <summary>The known names, or null when the handler reads the raw request and declared nothing (then nothing is checked).</summary>
    public static IReadOnlySet<string>? Of(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Metadata.GetMetadata<KnownQueryParameters>() is { } declared)
        {
            return new HashSet<string>(declared.Names, StringComparer.OrdinalIgnoreCase);
        }

        if (endpoint is not RouteEndpoint route || endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method) return null;
        var parameters = method.GetParameters();
        if (parameters.Any(p => p.ParameterType == typeof(HttpRequest) || p.ParameterType == typeof(HttpContext))) return null;
        var routeNames = route.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Minimal APIs bind a simple-typed parameter that is not in the route from the query string: those are the names.
        return parameters.Where(p => IsQuery(p, routeNames)).Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsQuery(ParameterInfo p, HashSet<string> routeNames)
    {
        if (p.Name is null || routeNames.Contains(p.Name) || p.GetCustomAttribute<FromQueryAttribute>() is null && HasOtherSource(p)) return false;
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal)
            || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(Guid);
    }

    private static bool HasOtherSource(ParameterInfo p) =>
        p.GetCustomAttribute<FromBodyAttribute>() is not null || p.GetCustomAttribute<FromHeaderAttribute>() is not null
        || p.GetCustomAttribute<FromRouteAttribute>() is not null || p.GetCustomAttribute<FromServicesAttribute>() is not null
        || p.GetCustomAttribute<FromFormAttribute>() is not null;
}
