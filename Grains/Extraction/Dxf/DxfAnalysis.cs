namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Geometry figures of a drawing's modelspace, in drawing units (not yet converted to millimetres).</summary>
public sealed record DxfAnalysis
{
    public bool HasGeometry { get; init; }
    public double MinX { get; init; }
    public double MinY { get; init; }
    public double MaxX { get; init; }
    public double MaxY { get; init; }
    public double Width => HasGeometry ? MaxX - MinX : 0;
    public double Height => HasGeometry ? MaxY - MinY : 0;
    public double CutLength { get; init; }

    /// <summary>Curve length measured in space (differs from <see cref="CutLength"/> only for entities that leave the XY plane).</summary>
    public double SpatialLength { get; init; }
    public int Curves { get; init; }
    public int ClosedContours { get; init; }
    public int OpenContours { get; init; }
    public int Pierces => ClosedContours + OpenContours;
    public double NetArea { get; init; }
    public double ChainTolerance { get; init; }
    public IReadOnlyDictionary<string, int> EntityCounts { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<string> Layers { get; init; } = [];
    public IReadOnlyList<DxfTextItem> Texts { get; init; } = [];
    public IReadOnlyList<DxfFinding> OpenEnds { get; init; } = [];
    public IReadOnlyList<DxfFinding> Duplicates { get; init; } = [];

    /// <summary>Closed contours at odd nesting depth, with Size = the smaller side of their bounds.</summary>
    public IReadOnlyList<DxfFinding> Holes { get; init; } = [];
    public IReadOnlyList<string> MissingBlocks { get; init; } = [];
}
