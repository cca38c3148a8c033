using System.Globalization;

namespace LaserGrains.Shared.Catalog;

/// <summary>The filters, sort and cursor of GET /files, validated; client and project match exactly, part by prefix, q by full-text prefix search.</summary>
public sealed record FileSearch
{
    public string? Client { get; init; }
    public string? Project { get; init; }
    public string? Part { get; init; }
    public string? Material { get; init; }
    public double? ThicknessMin { get; init; }
    public double? ThicknessMax { get; init; }
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public string? Status { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? Text { get; init; }
    /// <summary>needs_review=true: failed, with defects, or confidence below <see cref="ConfidenceBelow"/> (the UI's "Needs review" view).</summary>
    public bool NeedsReview { get; init; }
    public double ConfidenceBelow { get; init; } = 0.6;
    /// <summary>The tsquery text made from <see cref="Text"/> by PostgreSQL (see <see cref="FileSearchSql.PrefixQuerySql"/>).</summary>
    public string? TsQuery { get; init; }
    public FileSort Sort { get; init; } = FileSort.Default;
    public CatalogCursor? Cursor { get; init; }
    public int PageSize { get; init; } = 50;
    /// <summary>Offset paging of the first API version, used only when no cursor is given.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Kinds of a family (dxf → dxf_ascii, dxf_binary) or the exact kind itself.</summary>
    public static IReadOnlyList<string> KindsOf(string value) => value.Trim().ToLowerInvariant() switch
    {
        "dxf" => ["dxf_ascii", "dxf_binary"],
        "excel" => ["xlsx", "xls"],
        "image" => ["png", "jpeg", "bmp", "gif", "tiff", "web_p"],
        var k => [k],
    };

    /// <summary>
    /// The words of q for a prefix full-text match ("cl00 brack" finds CL0001 Bracket); PostgreSQL splits them with the
    /// parser that built the stored vector, so codes such as "JB-2025-10-CL0001-001" split alike. Null when q has no words.
    /// </summary>
    public static string? PrefixQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var kept = new string([.. text.Take(200).Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '.' or '_' ? ch : ' ')]).Trim();
        return kept.Any(char.IsLetterOrDigit) ? kept : null;
    }

    /// <summary>Escapes LIKE's wildcards so a code such as "CL_01" matches literally.</summary>
    public static string LikePrefix(string value) =>
        value.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";

    public static double? Number(string? value, string name) =>
        value is null ? null
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d
        : throw new FormatException($"'{name}' must be a number, e.g. 1.5; got '{value}'.");

    public static DateTimeOffset? Date(string? value, string name) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d
        : throw new FormatException($"'{name}' must be a date or date-time, e.g. 2025-10-01 or 2025-10-01T12:00:00Z; got '{value}'.");
}
