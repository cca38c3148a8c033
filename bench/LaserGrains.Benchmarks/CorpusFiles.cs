namespace LaserGrains.Benchmarks;

/// <summary>Locates the repository's test corpus (tests/corpus) by walking up from a start folder to the repository root.</summary>
public static class CorpusFiles
{
    public static string FindCorpus(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "LaserGrains.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No tests/corpus folder in a repository above " + (start ?? AppContext.BaseDirectory));
    }

    /// <summary>The corpus DXF files, loaded into memory so the benchmark measures parsing, not the disk.</summary>
    public static List<(string Name, byte[] Bytes)> LoadDxf(string corpus) =>
        [.. Directory.GetFiles(Path.Combine(corpus, "dxf")).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
}
