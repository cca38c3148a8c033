namespace LaserGrains.Grains.Extraction.Dxf;

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
