namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>One entity of a drawing; subclasses read the group codes that carry their geometry, in any order.</summary>
public abstract class DxfEntity
{
    protected DxfEntity(string type) => Type = type;

    /// <summary>The DXF type name as written, e.g. "LINE".</summary>
    public string Type { get; }

    public string Layer { get; set; } = "0";

    /// <summary>Group 210/220/230: the normal of the entity's object coordinate system.</summary>
    public DxfVec Extrusion { get; set; } = DxfVec.UnitZ;

    /// <summary>Applies one tag that is not common to all entities.</summary>
    internal virtual void ReadTag(DxfTokenizer t)
    {
    }

    /// <summary>Called after the last tag, to fix defaults that depend on several tags.</summary>
    internal virtual void Complete()
    {
    }

    /// <summary>Sets the 1x/2x/3x coordinate (by the code's tens digit) of a point, whatever order they come in.</summary>
    protected static void SetCoordinate(ref DxfVec p, int code, double value)
    {
        var axis = (code % 1000) / 10;
        if (axis == 1) p.X = value;
        else if (axis == 2) p.Y = value;
        else p.Z = value;
    }
}
