namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>ELLIPSE: WCS centre, major axis relative to it, minor/major ratio, start and end parameters in radians.</summary>
public sealed class DxfEllipse() : DxfEntity("ELLIPSE")
{
    private DxfVec _center;

    public DxfVec Center => _center;
    private DxfVec _majorAxis;

    public DxfVec MajorAxis => _majorAxis;
    public double Ratio { get; private set; } = 1;
    public double StartParam { get; private set; }
    public double EndParam { get; private set; } = 2 * Math.PI;

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 10 or 20 or 30: SetCoordinate(ref _center, t.Code, t.Double); break;
            case 11 or 21 or 31: SetCoordinate(ref _majorAxis, t.Code - 1, t.Double); break;
            case 40: Ratio = t.Double; break;
            case 41: StartParam = t.Double; break;
            case 42: EndParam = t.Double; break;
        }
    }
}
