namespace LaserGrains.Shared.Catalog;

/// <summary>A sort order of GET /files: one catalog column plus ingest_id as the tie-breaker that makes keyset paging exact.</summary>
public sealed record FileSort(string Name, string Column, string SqlType, bool Descending)
{
    public static FileSort Default { get; } = new("-created_at", "created_at", "timestamptz", true);

    public static IReadOnlyList<FileSort> All { get; } =
    [
        Default,
        new("created_at", "created_at", "timestamptz", false),
        new("-file_size", "file_size", "bigint", true),
        new("file_size", "file_size", "bigint", false),
        new("-original_filename", "original_filename", "text", true),
        new("original_filename", "original_filename", "text", false),
    ];

    public static FileSort? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Default : All.FirstOrDefault(s => s.Name == name.Trim());
}
