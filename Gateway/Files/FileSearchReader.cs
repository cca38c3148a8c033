using System.Globalization;
using LaserGrains.Shared.Catalog;

namespace LaserGrains.Gateway.Files;

/// <summary>Reads GET /files query parameters into a <see cref="FileSearch"/>; anything invalid is a <see cref="FormatException"/> with a message for the client.</summary>
public static class FileSearchReader
{
    public const int MaxPageSize = 200;

    /// <summary>Every parameter <see cref="Read"/> understands.</summary>
    public static string[] Parameters { get; } =
        ["client", "project", "part", "material", "thickness_min", "thickness_max", "kind", "status", "from", "to", "q", "sort", "cursor", "page", "page_size", "needs_review", "confidence_below"];

    private static readonly HashSet<string> Statuses = ["received", "processing", "completed", "failed", "deleted"];

    public static FileSearch Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Get(string key) => query[key].FirstOrDefault() is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var pageSize = Int(Get("page_size"), "page_size") ?? 50;
        var page = Int(Get("page"), "page") ?? 1;
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            throw new FormatException($"page must be ≥ 1 and page_size between 1 and {MaxPageSize}.");
        }

        var sort = FileSort.Find(Get("sort"))
            ?? throw new FormatException($"'sort' must be one of {string.Join(", ", FileSort.All.Select(s => s.Name))}.");
        var cursor = Get("cursor") is { } c ? CatalogCursor.Decode(c) : null;
        if (cursor is not null && cursor.Sort != sort.Name) throw new FormatException("The cursor belongs to another sort order; start again without it.");
        var status = Get("status")?.ToLowerInvariant();
        if (status is not null && !Statuses.Contains(status)) throw new FormatException($"'status' must be one of {string.Join(", ", Statuses)}.");
        var search = new FileSearch
        {
            Client = Get("client"), Project = Get("project"), Part = Get("part"), Material = Get("material"),
            ThicknessMin = FileSearch.Number(Get("thickness_min"), "thickness_min"),
            ThicknessMax = FileSearch.Number(Get("thickness_max"), "thickness_max"),
            Kinds = Get("kind") is { } k ? FileSearch.KindsOf(k) : [],
            Status = status,
            From = FileSearch.Date(Get("from"), "from"), To = FileSearch.Date(Get("to"), "to"),
            Text = Get("q"), NeedsReview = Get("needs_review") is "true" or "1",
            ConfidenceBelow = FileSearch.Number(Get("confidence_below"), "confidence_below") ?? 0.6, Sort = sort, Cursor = cursor, PageSize = pageSize, Page = page,
        };
        if (search.ThicknessMin > search.ThicknessMax) throw new FormatException("'thickness_min' is above 'thickness_max'.");
        return search;
    }

    private static int? Int(string? value, string name) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"'{name}' must be a whole number; got '{value}'.");
}
