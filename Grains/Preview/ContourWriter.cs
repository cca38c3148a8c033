using System.Text;

namespace LaserGrains.Grains.Preview;

/// <summary>Writes the drawing layer: one path per contour (or one per role when there are many), within the budgets.</summary>
internal sealed class ContourWriter(DxfScene scene, PreviewOptions options, double k)
{
    public bool Simplified { get; private set; }

    public int Vertices { get; private set; }

    public void Write(StringBuilder sb)
    {
        var c = scene.Curves;
        var w = c.MaxX - c.MinX;
        var h = c.MaxY - c.MinY;
        var tolerance = c.PointCount > options.VertexBudget ? Math.Sqrt((w * w) + (h * h)) / 5000 : 0;
        var merge = c.Curves.Count > options.MergeAbove;
        Simplified = tolerance > 0 || merge;
        sb.Append("<g class=\"drawing\">");
        if (merge)
        {
            foreach (var role in Enum.GetValues<ContourRole>()) WriteMerged(sb, role, tolerance);
        }
        else
        {
            for (var i = 0; i < c.Curves.Count && !Full(sb); i++)
            {
                sb.Append("<path class=\"").Append(Css(scene.Roles[i])).Append("\" data-contour=\"").Append(i + 1).Append("\" data-layer=\"");
                SvgText.Escape(sb, c.LayerNames[c.Curves[i].Layer]);
                sb.Append("\" d=\"");
                WriteCurve(sb, i, tolerance);
                sb.Append("\"/>");
            }
        }

        sb.Append("</g>");
    }

    /// <summary>
    /// Redraws every duplicate contour for the defects layer in a thick stroke (UI.md: "the doubled segment in a thick
    /// stroke"), after the drawing so the budget already counts them; at most <paramref name="max"/> of them.
    /// </summary>
    public void WriteDoubled(StringBuilder sb, int max)
    {
        sb.Append("<g class=\"doubled\">");
        var written = 0;
        for (var i = 0; i < scene.Roles.Length && written < max && !Full(sb); i++)
        {
            if (scene.Roles[i] != ContourRole.Duplicate) continue;
            sb.Append("<path class=\"doubled\" data-contour=\"").Append(i + 1).Append("\" d=\"");
            WriteCurve(sb, i, 0);
            sb.Append("\"/>");
            written++;
        }

        sb.Append("</g>");
    }

    public static string Css(ContourRole role) => role switch
    {
        ContourRole.Hole => "hole",
        ContourRole.Open => "open",
        ContourRole.Duplicate => "duplicate",
        _ => "outer",
    };

    private void WriteMerged(StringBuilder sb, ContourRole role, double tolerance)
    {
        var open = false;
        for (var i = 0; i < scene.Roles.Length && !Full(sb); i++)
        {
            if (scene.Roles[i] != role) continue;
            if (!open) sb.Append("<path class=\"").Append(Css(role)).Append("\" d=\"");
            open = true;
            WriteCurve(sb, i, tolerance);
        }

        if (open) sb.Append("\"/>");
    }

    private bool Full(StringBuilder sb)
    {
        if (Vertices < options.VertexBudget && sb.Length < options.MaxChars) return false;
        Simplified = true;
        return true;
    }

    private void WriteCurve(StringBuilder sb, int i, double tolerance)
    {
        var (entity, xf) = scene.Sources[i];
        // Simplifying: polylines go through the flattened points, which the simplifier can thin out.
        if (!(tolerance > 0 && entity is Extraction.Dxf.DxfPolyline) && NativeArcs.TryWrite(sb, entity, xf, k, out var n))
        {
            Vertices += n;
            return;
        }

        var c = scene.Curves;
        var r = c.Curves[i];
        var keep = tolerance > 0 && r.Count > 2 ? Simplifier.Keep(c.X, c.Y, r.Start, r.Count, tolerance) : null;
        for (var p = 0; p < r.Count; p++)
        {
            if (keep is not null && !keep[p]) continue;
            sb.Append(p == 0 ? 'M' : 'L').Append(SvgText.Num(c.X(r.Start + p) * k)).Append(' ').Append(SvgText.Num(-c.Y(r.Start + p) * k));
            Vertices++;
        }

        if (r.Closed) sb.Append('Z');
    }
}
