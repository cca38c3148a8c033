namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>TEXT, MTEXT, ATTRIB or ATTDEF: not cuttable, collected for search and the text_not_outlined check.</summary>
public sealed class DxfText(string type) : DxfEntity(type)
{
    private System.Text.StringBuilder? _chunks;

    private DxfVec _position;

    public DxfVec Position => _position;

    public double Height { get; private set; }

    /// <summary>The raw value (MTEXT keeps its inline formatting codes).</summary>
    public string Value { get; private set; } = "";

    public bool IsMText => Type == "MTEXT";

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 10 or 20 or 30: SetCoordinate(ref _position, t.Code, t.Double); break;
            case 40: Height = t.Double; break;
            case 1: Value = t.String; break;
            case 3 when IsMText: (_chunks ??= new()).Append(t.String); break;
        }
    }

    internal override void Complete()
    {
        // MTEXT splits long strings into 250-char group 3 chunks that come before the final group 1 piece.
        if (_chunks is not null)
        {
            Value = _chunks.Append(Value).ToString();
            _chunks = null;
        }
    }
}
