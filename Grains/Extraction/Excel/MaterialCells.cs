using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Material cells read through the vocabulary once per distinct text: a cut list repeats a handful of materials.</summary>
internal sealed class MaterialCells(MaterialCatalog catalog)
{
    private const int MaxCached = 4_096;
    private readonly Dictionary<string, FileMetadata> cache = new(StringComparer.Ordinal);

    public FileMetadata Read(string text)
    {
        if (cache.TryGetValue(text, out var known)) return known;
        var read = MaterialFacts.Labelled(text, catalog, MetadataSource.Content, 1);
        if (cache.Count < MaxCached) cache[text] = read;
        return read;
    }
}
