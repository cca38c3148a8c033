namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>LWPOLYLINE or POLYLINE (with its VERTEX entities): vertices in OCS (WCS for 3D polylines), bulges, flags.</summary>
public sealed class DxfPolyline(string type) : DxfEntity(type)
{
    private readonly bool _lw = type == "LWPOLYLINE";
    private List<double>? _ys;

    public List<DxfPolyVertex> Vertices { get; } = [];

    /// <summary>Group 70: 1 closed, 2 curve-fit, 4 spline-fit, 8 3D, 16 mesh, 64 polyface.</summary>
    public int Flags { get; private set; }

    public double Elevation { get; private set; }

    public bool IsClosed => (Flags & 1) != 0;

    public bool Is3D => (Flags & 8) != 0;

    public bool IsMesh => (Flags & (16 | 64)) != 0;

    internal override void ReadTag(DxfTokenizer t)
    {
        switch (t.Code)
        {
            case 70: Flags = t.Int; break;
            case 38: Elevation = t.Double; break;
            case 30 when !_lw: Elevation = t.Double; break;
            case 10 when _lw: Vertices.Add(new DxfPolyVertex(t.Double, 0, 0, 0, 0)); break;
            case 20 when _lw: (_ys ??= []).Add(t.Double); break;
            case 42 when _lw && Vertices.Count > 0:
                Vertices[^1] = Vertices[^1] with { Bulge = t.Double };
                break;
        }
    }

    internal override void Complete()
    {
        // Y values are matched to X values by position, so a writer that emits all 10s before the 20s still works.
        if (_ys is null)
        {
            return;
        }

        var n = Math.Min(_ys.Count, Vertices.Count);
        for (var i = 0; i < n; i++)
        {
            Vertices[i] = Vertices[i] with { Y = _ys[i], Z = Elevation };
        }

        _ys = null;
    }

    internal void Add(DxfVertex v) => Vertices.Add(new DxfPolyVertex(v.Location.X, v.Location.Y, v.Location.Z, v.Bulge, v.Flags));
}
