namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>VERTEX of an R12-style POLYLINE; folded into the polyline while reading.</summary>
public sealed class DxfVertex() : DxfEntity("VERTEX")
{
    private DxfVec _location;

    public DxfVec Location => _location;
    public double Bulge { get; private set; }
    public int Flags { get; private set; }

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 10 or 20 or 30: SetCoordinate(ref _location, t.Code, t.Double); break;
            case 42: Bulge = t.Double; break;
            case 70: Flags = t.Int; break;
        }
    }
}
