using System.Globalization;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Turns an analysis into cutting defects, positions in millimetres; each code is capped so a broken map stays readable.</summary>
internal static class DxfDefects
{
    public const int MaxPerCode = 50;

    public static List<Defect> Find(DxfAnalysis a, DxfUnits units, ExtractionContext context)
    {
        var k = units.ToMillimetres;
        var list = new List<Defect>();
        if (!a.HasGeometry)
        {
            list.Add(new Defect("empty_drawing", "The drawing's modelspace has no cuttable geometry (lines, arcs, circles, polylines, ellipses, splines)."));
        }

        if (units.Source == "heuristic")
        {
            list.Add(new Defect("units_unknown", Invariant(
                $"The file does not state its units ($INSUNITS/$MEASUREMENT); assumed {units.Name} from the part size. Please confirm the size: {a.Width * k:0.##} × {a.Height * k:0.##} mm.")));
        }

        if (Implausible(a, units) is { } implausible) list.Add(implausible);
        AddAll(list, a.OpenEnds, "open_contour", f => Invariant($"Open contour: a path ends at ({f.X * k:0.###}, {f.Y * k:0.###}) mm without meeting another."), k);
        AddAll(list, a.Duplicates, "duplicate_geometry", f => Invariant($"Duplicate geometry: a curve of length {f.Size * k:0.###} mm is drawn twice; it would be cut twice."), k);
        AddAll(list, a.Texts, "text_not_outlined", t => $"Text \"{Short(t.Value)}\" ({t.Type}) is not converted to outlines and will not be cut.", k);
        if (context.KnownThicknessMm is { } thickness and > 0)
        {
            var small = a.Holes.Where(h => h.Size * k < thickness).ToList();
            AddAll(list, small, "hole_smaller_than_thickness", h => Invariant($"A hole of {h.Size * k:0.###} mm is smaller than the {thickness:0.###} mm material thickness."), k);
        }

        var (w, h2) = (a.Width * k, a.Height * k);
        var (sw, sh) = (context.Limits.SheetWidthMm, context.Limits.SheetHeightMm);
        if (a.HasGeometry && !(w <= sw && h2 <= sh) && !(w <= sh && h2 <= sw))
        {
            list.Add(new Defect("exceeds_sheet", Invariant($"The part ({w:0.#} × {h2:0.#} mm) does not fit the largest sheet ({sw:0.#} × {sh:0.#} mm) in either orientation."), a.MinX * k, a.MinY * k));
        }

        return list;
    }

    private static void AddAll<T>(List<Defect> list, IReadOnlyList<T> items, string code, Func<T, string> message, double k)
    {
        for (var i = 0; i < items.Count && i < MaxPerCode; i++)
        {
            var (x, y, layer) = items[i] switch
            {
                DxfFinding f => (f.X, f.Y, f.Layer),
                DxfTextItem t => (t.X, t.Y, t.Layer),
                _ => (0.0, 0.0, (string?)null),
            };
            list.Add(new Defect(code, message(items[i]), x * k, y * k, layer));
        }

        if (items.Count > MaxPerCode)
        {
            list.Add(new Defect(code, $"… and {items.Count - MaxPerCode} more of the same kind ({items.Count} in all)."));
        }
    }

    /// <summary>Declared units that make the part bigger than any sheet or smaller than a kerf are probably wrong.</summary>
    public const double ImplausibleLargeMm = 15_000;

    public const double ImplausibleSmallMm = 0.5;

    // "140 m in metres": the file says metres, but the numbers are the millimetres the part really has.
    private static Defect? Implausible(DxfAnalysis a, DxfUnits units)
    {
        if (!a.HasGeometry || units.Source is not ("insunits" or "measurement")) return null;
        var k = units.ToMillimetres;
        var size = Math.Max(a.Width, a.Height) * k;
        if (size is >= ImplausibleSmallMm and <= ImplausibleLargeMm) return null;
        return new Defect("units_implausible", Invariant(
            $"The file declares {units.Name}, which makes the part {a.Width * k:0.###} × {a.Height * k:0.###} mm, not a plausible part; read as millimetres it would be {a.Width:0.###} × {a.Height:0.###} mm. Please confirm the units."),
            a.MinX * k, a.MinY * k);
    }

    private static string Short(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "…");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
