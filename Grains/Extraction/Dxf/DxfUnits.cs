namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>The drawing's units and what decided them: $INSUNITS, then $MEASUREMENT, then the part's size.</summary>
public sealed record DxfUnits(string Name, double ToMillimetres, string Source)
{
    /// <summary>A part at most this many units across is taken to be drawn in inches (12 in = 305 mm; a 12 mm part is rare).</summary>
    public const double InchHeuristicMaxSize = 12;

    public static DxfUnits Resolve(int? insUnits, int? measurement, double width, double height)
    {
        if (insUnits is { } u && FromInsUnits(u) is { } known)
        {
            return known with { Source = "insunits" };
        }

        if (measurement is 0 or 1)
        {
            return measurement == 0 ? new DxfUnits("in", 25.4, "measurement") : new DxfUnits("mm", 1, "measurement");
        }

        var size = Math.Max(width, height);
        return size > 0 && size <= InchHeuristicMaxSize
            ? new DxfUnits("in", 25.4, "heuristic")
            : new DxfUnits("mm", 1, "heuristic");
    }

    /// <summary>The $INSUNITS codes of the AutoCAD reference; 0 (unitless) and unknown codes give null.</summary>
    public static DxfUnits? FromInsUnits(int code) => code switch
    {
        1 => new("in", 25.4, ""),
        2 => new("ft", 304.8, ""),
        3 => new("mi", 1_609_344, ""),
        4 => new("mm", 1, ""),
        5 => new("cm", 10, ""),
        6 => new("m", 1000, ""),
        7 => new("km", 1e6, ""),
        8 => new("µin", 25.4e-6, ""),
        9 => new("mil", 0.0254, ""),
        10 => new("yd", 914.4, ""),
        11 => new("Å", 1e-7, ""),
        12 => new("nm", 1e-6, ""),
        13 => new("µm", 1e-3, ""),
        14 => new("dm", 100, ""),
        15 => new("dam", 1e4, ""),
        16 => new("hm", 1e5, ""),
        17 => new("Gm", 1e12, ""),
        18 => new("AU", 1.495978707e14, ""),
        19 => new("ly", 9.4607304725808e18, ""),
        20 => new("pc", 3.0856775814913673e19, ""),
        21 => new("ft (US survey)", 1200.0 / 3937 * 1000, ""),
        _ => null,
    };
}
