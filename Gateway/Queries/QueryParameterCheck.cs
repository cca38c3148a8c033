using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace LaserGrains.Gateway.Queries;

/// <summary>
/// Refuses a query parameter the endpoint does not read (400 naming the ones it does) instead of silently ignoring a
/// misspelt filter, and accepts the seed's field names (client_code, project_code) for client and project.
/// </summary>
public sealed class QueryParameterCheck(RequestDelegate next, IProblemDetailsService problems)
{
    /// <summary>Alias → the name endpoints read.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["client_code"] = "client", ["project_code"] = "project" };

    private readonly ConcurrentDictionary<Endpoint, IReadOnlySet<string>?> _known = new();

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.GetEndpoint();
        if (endpoint is null || context.Request.Query.Count == 0 || _known.GetOrAdd(endpoint, QueryParameterNames.Of) is not { } known)
        {
            await next(context);
            return;
        }

        var (query, problem) = Normalise(context.Request.Query, known);
        if (problem is not null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 400, Title = "Unknown query parameter", Detail = problem },
            });
            return;
        }

        if (query is not null) context.Request.Query = query;
        await next(context);
    }

    /// <summary>The query with aliases renamed (null: unchanged), or the sentence saying what is wrong with it.</summary>
    public static (IQueryCollection? Query, string? Problem) Normalise(IQueryCollection query, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(known);
        Dictionary<string, StringValues>? renamed = null;
        foreach (var key in query.Keys)
        {
            if (known.Contains(key)) continue;
            if (Aliases.TryGetValue(key, out var target) && known.Contains(target))
            {
                if (query.ContainsKey(target)) return (null, $"Give either '{target}' or its alias '{key}', not both.");
                renamed ??= query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
                renamed.Remove(key);
                renamed[target] = query[key];
                continue;
            }

            var names = known.Count == 0 ? "none" : string.Join(", ", known.Order(StringComparer.Ordinal));
            var aliases = Aliases.Where(a => known.Contains(a.Value)).Select(a => $"{a.Key} for {a.Value}").ToList();
            var also = aliases.Count == 0 ? "" : $" (also {string.Join(", ", aliases)})";
            return (null, $"'{key}' is not a query parameter of this endpoint; it accepts: {names}{also}.");
        }

        return (renamed is null ? null : new QueryCollection(renamed), null);
    }
}
