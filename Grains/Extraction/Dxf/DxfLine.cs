namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>LINE: two WCS points.</summary>
public sealed class DxfLine() : DxfEntity("LINE")
{
    private DxfVec _start;

    public DxfVec Start => _start;
    private DxfVec _end;

    public DxfVec End => _end;

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 10 or 20 or 30: SetCoordinate(ref _start, t.Code, t.Double); break;
            case 11 or 21 or 31: SetCoordinate(ref _end, t.Code - 1, t.Double); break;
        }
    }
}
