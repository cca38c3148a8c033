namespace LaserGrains.LoadGen;

/// <summary>The repository's root (the folder holding LaserGrains.sln), for the corpus file and .data/admin-key.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LaserGrains.sln"))) return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
