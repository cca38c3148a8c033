namespace LaserGrains.Tests.Unit.Extraction.Support;

/// <summary>Finds the copied corpus files (see TestData/LICENSES.md) next to the test assembly.</summary>
public static class TestFiles
{
    public static string Path(string relative)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", relative);
        if (!File.Exists(path)) throw new FileNotFoundException($"Test data file missing: {relative}", path);
        return path;
    }

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));
}
