namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>POINT: ignored for cutting, counted.</summary>
public sealed class DxfPointEntity() : DxfEntity("POINT")
{
    private DxfVec _location;

    public DxfVec Location => _location;

    internal override void ReadTag(DxfTokenizer t)
    {
        if (t.Code is 10 or 20 or 30) SetCoordinate(ref _location, t.Code, t.Double);
    }
}
