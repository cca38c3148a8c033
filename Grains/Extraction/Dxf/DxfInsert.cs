namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>INSERT (and MINSERT arrays): a block placed with insertion point (OCS), scale, rotation and a row/column grid.</summary>
public sealed class DxfInsert() : DxfEntity("INSERT")
{
    public string BlockName { get; private set; } = "";
    private DxfVec _insertion;

    public DxfVec Insertion => _insertion;
    private DxfVec _scale = new(1, 1, 1);

    public DxfVec Scale => _scale;
    public double RotationDeg { get; private set; }
    public int Columns { get; private set; } = 1;
    public int Rows { get; private set; } = 1;
    public double ColumnSpacing { get; private set; }
    public double RowSpacing { get; private set; }

    /// <summary>ATTRIB entities that followed the INSERT.</summary>
    public List<DxfText> Attributes { get; } = [];

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 2: BlockName = t.String; break;
            case 10 or 20 or 30: SetCoordinate(ref _insertion, t.Code, t.Double); break;
            case 41: _scale.X = t.Double; break;
            case 42: _scale.Y = t.Double; break;
            case 43: _scale.Z = t.Double; break;
            case 50: RotationDeg = t.Double; break;
            case 70: Columns = Math.Max(1, t.Int); break;
            case 71: Rows = Math.Max(1, t.Int); break;
            case 44: ColumnSpacing = t.Double; break;
            case 45: RowSpacing = t.Double; break;
        }
    }
}
