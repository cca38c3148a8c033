namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>CIRCLE: centre in OCS and radius.</summary>
public sealed class DxfCircle() : DxfEntity("CIRCLE")
{
    private DxfVec _center;

    public DxfVec Center => _center;
    public double Radius { get; private set; }

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 10 or 20 or 30: SetCoordinate(ref _center, t.Code, t.Double); break;
            case 40: Radius = t.Double; break;
        }
    }
}
