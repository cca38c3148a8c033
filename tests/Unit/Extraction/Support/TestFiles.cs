using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Unit.Extraction.Support;

/// <summary>Finds the real-world files of tests/corpus (sources and licences in its MANIFEST.tsv).</summary>
public static class TestFiles
{
    public static string Path(string relative)
    {
        var path = System.IO.Path.Combine(TestEnvironment.CorpusRoot, relative);
        if (!File.Exists(path)) throw new FileNotFoundException($"Test data file missing: {relative}", path);
        return path;
    }

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));
}
