using System.Text;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>Small, valid files written in the test so their content is known exactly.</summary>
internal static class SampleFiles
{
    /// <summary>A 100 × 50 mm rectangle as an R12 ASCII DXF with millimetre units; <paramref name="tag"/> makes the bytes unique.</summary>
    public static byte[] RectangleDxf(string tag) => Encoding.ASCII.GetBytes(string.Join('\n',
        "999", tag,
        "0", "SECTION", "2", "HEADER", "9", "$INSUNITS", "70", "4", "0", "ENDSEC",
        "0", "SECTION", "2", "ENTITIES",
        Line(0, 0, 100, 0), Line(100, 0, 100, 50), Line(100, 50, 0, 50), Line(0, 50, 0, 0),
        "0", "ENDSEC", "0", "EOF", ""));

    private static string Line(double x1, double y1, double x2, double y2) =>
        string.Join('\n', "0", "LINE", "8", "0", "10", F(x1), "20", F(y1), "11", F(x2), "21", F(y2));

    private static string F(double v) => v.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture);
}
