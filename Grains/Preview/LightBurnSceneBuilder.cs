using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.Grains.Extraction.LightBurn;

namespace LaserGrains.Grains.Preview;

/// <summary>
/// Reads a LightBurn project with the extractor's own shape walker and gives every contour its role, so the preview
/// shows what the defect list says: a path that does not return to its start is open, a repeated one is a duplicate.
/// </summary>
internal static class LightBurnSceneBuilder
{
    // LightBurn stores project millimetres with Y up (like DXF), so the renderer's one Y flip serves both formats.
    private static readonly DxfUnits Millimetres = new("mm", 1, "format");

    public static DxfScene Build(Stream content, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var bytes = InputBuffer.ReadAll(content, limits, cancellationToken);
        var root = SecureXml.Load(bytes, limits, "LightBurn", cancellationToken).Root;
        var curves = new CurveCollector();
        if (root?.Name.LocalName != "LightBurnProject") return new DxfScene(curves, [], [], [], Millimetres);
        var settings = root.Elements().Where(e => e.Name.LocalName is "CutSetting" or "CutSetting_Img").Select(CutSetting.From)
            .Where(s => s.Index is not null).GroupBy(s => s.Index!.Value).ToDictionary(g => g.Key, g => g.First());
        string Layer(int i) => settings.GetValueOrDefault(i)?.Name ?? $"C{i:00}";
        var walker = new ShapeWalker(limits, cancellationToken);
        walker.Walk(root.Elements("Shape"), Affine.Identity);

        var kept = new List<Contour>();
        foreach (var c in walker.Contours)
        {
            curves.Begin(Layer(c.Layer));
            foreach (var (x, y) in c.Points) curves.Point(x, y);
            var before = curves.Curves.Count;
            curves.End(c.Closed);
            if (curves.Curves.Count > before) kept.Add(c);
        }

        var texts = walker.LiveTexts.Select(t => new DxfTextItem("TEXT", t.Text, t.X, t.Y, Layer(t.Layer))).ToList();
        // As in the defect list, only layers that cut (type Cut, or no setting) can cut a line twice.
        var cut = kept.Select(c => (settings.GetValueOrDefault(c.Layer)?.Type ?? "Cut") == "Cut").ToArray();
        return new DxfScene(curves, Roles(kept, cut, cancellationToken), new (DxfEntity, Affine2)[kept.Count], texts, Millimetres);
    }

    /// <summary>Duplicate wins over open, open over hole; a closed contour inside an odd number of others is a hole.</summary>
    private static ContourRole[] Roles(List<Contour> contours, bool[] cut, CancellationToken cancellationToken)
    {
        var roles = new ContourRole[contours.Count];
        var polygons = new List<(ContourPolygon Polygon, int Index)>();
        for (var i = 0; i < contours.Count; i++)
        {
            var c = contours[i];
            if (!c.Closed || c.Points.Count < 3)
            {
                roles[i] = ContourRole.Open;
                continue;
            }

            polygons.Add((new ContourPolygon([.. c.Points.Select(p => p.X)], [.. c.Points.Select(p => p.Y)], c.Layer), i));
        }

        ContourNesting.Nest([.. polygons.Select(p => p.Polygon)], cancellationToken);
        foreach (var (polygon, i) in polygons) roles[i] = (polygon.Depth & 1) == 1 ? ContourRole.Hole : ContourRole.Outer;
        var cutIndexes = Enumerable.Range(0, contours.Count).Where(i => cut[i]).ToList();
        foreach (var j in LightBurnDefects.DuplicateIndexes([.. cutIndexes.Select(i => contours[i])])) roles[cutIndexes[j]] = ContourRole.Duplicate;
        return roles;
    }
}
