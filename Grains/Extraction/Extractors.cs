namespace LaserGrains.Grains.Extraction;

/// <summary>The extractors the pipeline tries, in order.</summary>
public static class Extractors
{
    public static IReadOnlyList<IFileExtractor> All() => [];
}
