using LaserGrains.Grains.Extraction.Dxf;

namespace LaserGrains.Grains.Preview;

/// <summary>A drawing ready to draw: flattened curves, each with its role and the entity it came from, in drawing units.</summary>
internal sealed class DxfScene : IDisposable
{
    public DxfScene(CurveCollector curves, ContourRole[] roles, (DxfEntity Entity, Affine2 Transform)[] sources, List<DxfTextItem> texts, DxfUnits units)
    {
        Curves = curves;
        Roles = roles;
        Sources = sources;
        Texts = texts;
        Units = units;
    }

    public CurveCollector Curves { get; }

    public ContourRole[] Roles { get; }

    /// <summary>Per curve, the entity and world transform it came from (native arcs are drawn from these).</summary>
    public (DxfEntity Entity, Affine2 Transform)[] Sources { get; }

    public List<DxfTextItem> Texts { get; }

    public DxfUnits Units { get; }

    public bool HasGeometry => Curves.HasExtent && Curves.Curves.Count > 0;

    public void Dispose() => Curves.Dispose();
}
