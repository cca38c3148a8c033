using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Tests.Unit.Extraction.Robustness;

/// <summary>A valid input the harness mutates, and the extractor (with the kind detection would give) that must survive it.</summary>
public sealed record FuzzSeed(string Name, IFileExtractor Extractor, FileKind Kind, byte[] Bytes)
{
    public override string ToString() => $"{Extractor.Name}:{Name}";
}
