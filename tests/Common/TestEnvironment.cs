namespace LaserGrains.Tests.Common;

/// <summary>Where the repository, the built binaries and the test PostgreSQL server are.</summary>
public static class TestEnvironment
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Server-level connection (no database) for creating throw-away test databases.</summary>
    public static string AdminConnectionString { get; } =
        Environment.GetEnvironmentVariable("LG_TEST_PG") is { Length: > 0 } cs
            ? cs
            : "Host=127.0.0.1;Port=55432;Username=lasergrains;Password=lasergrains";

    /// <summary>Debug or Release: the configuration these tests were built in, used to find the silo and gateway.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The built dll of a host project, e.g. "Silo" or "Gateway".</summary>
    public static string HostDll(string project) =>
        Path.Combine(RepoRoot, project, "bin", Configuration, "net10.0", $"LaserGrains.{project}.dll");

    /// <summary>The repository's corpus of real-world files (tests/corpus: sources and licences in its MANIFEST.tsv and README.md).</summary>
    public static string CorpusRoot { get; } = Path.Combine(RepoRoot, "tests", "corpus");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LaserGrains.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("LaserGrains.sln not found above " + AppContext.BaseDirectory);
    }
}
