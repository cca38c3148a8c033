namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>How strongly a word in a file name points at a material; stronger evidence wins.</summary>
public enum MaterialEvidence
{
    /// <summary>A bare grade number such as 304 or 5083: part numbers look the same.</summary>
    Grade = 0,

    /// <summary>A short code such as MS or SS.</summary>
    Code = 1,

    /// <summary>A word or name such as "mild steel", "inox" or "S355".</summary>
    Name = 2,
}
