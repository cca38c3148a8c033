using System.Globalization;
using System.Text;

namespace LaserGrains.Tests.Integration.Browser;

/// <summary>DXF files made in the test so what the pages must show is known exactly.</summary>
internal static class UiFiles
{
    /// <summary>A 120 × 60 mm plate with a hole, plus an L of two lines that never closes (one open contour, two loose ends).</summary>
    public static byte[] OpenContourDxf(string tag) => Dxf(tag,
        Line(0, 0, 120, 0), Line(120, 0, 120, 60), Line(120, 60, 0, 60), Line(0, 60, 0, 0),
        Circle(30, 30, 8),
        Line(60, 20, 100, 20), Line(100, 20, 100, 45));

    /// <summary>A closed 80 × 40 mm rectangle, no defects.</summary>
    public static byte[] CleanDxf(string tag) => Dxf(tag, Line(0, 0, 80, 0), Line(80, 0, 80, 40), Line(80, 40, 0, 40), Line(0, 40, 0, 0));

    private static byte[] Dxf(string tag, params string[] entities) => Encoding.ASCII.GetBytes(string.Join('\n',
        "999", tag,
        "0", "SECTION", "2", "HEADER", "9", "$INSUNITS", "70", "4", "0", "ENDSEC",
        "0", "SECTION", "2", "ENTITIES",
        string.Join('\n', entities),
        "0", "ENDSEC", "0", "EOF", ""));

    private static string Line(double x1, double y1, double x2, double y2) =>
        string.Join('\n', "0", "LINE", "8", "CUT", "10", F(x1), "20", F(y1), "11", F(x2), "21", F(y2));

    private static string Circle(double x, double y, double r) =>
        string.Join('\n', "0", "CIRCLE", "8", "CUT", "10", F(x), "20", F(y), "40", F(r));

    private static string F(double v) => v.ToString("0.0###", CultureInfo.InvariantCulture);
}
