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

/// <summary>ARC: centre in OCS, radius, start and end angle in degrees, counter-clockwise about the extrusion.</summary>
public sealed class DxfArc() : DxfEntity("ARC")
{
    private DxfVec _center;

    public DxfVec Center => _center;
    public double Radius { get; private set; }
    public double StartAngle { get; private set; }
    public double EndAngle { get; private set; } = 360;

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 10 or 20 or 30: SetCoordinate(ref _center, t.Code, t.Double); break;
            case 40: Radius = t.Double; break;
            case 50: StartAngle = t.Double; break;
            case 51: EndAngle = t.Double; break;
        }
    }
}

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
