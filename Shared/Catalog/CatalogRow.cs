using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Shared.Catalog;

/// <summary>One catalog row to write: the file's record at <see cref="Revision"/> and its extracted search text.</summary>
public sealed record CatalogRow(FileRecord Record, long Revision, string? SearchText)
{
    /// <summary>
    /// One row per file, the highest revision of each, in first-seen order. A multi-row upsert may touch a row only
    /// once, and the revision guard would drop the older one anyway.
    /// </summary>
    public static List<CatalogRow> Newest(IEnumerable<CatalogRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var order = new List<long>();
        var newest = new Dictionary<long, CatalogRow>();
        foreach (var row in rows)
        {
            var id = row.Record.IngestId;
            if (!newest.TryGetValue(id, out var held)) order.Add(id);
            else if (held.Revision >= row.Revision) continue;
            newest[id] = row;
        }

        return order.ConvertAll(id => newest[id]);
    }
}
