using System.Globalization;
using System.Text;

namespace LaserGrains.Tests.Integration.Browser;

/// <summary>DXF, LightBurn and zip files made in the test so what the pages must show is known exactly.</summary>
internal static class UiFiles
{
    /// <summary>A 120 × 60 mm plate with a hole, plus an L of two lines that never closes (one open contour, two loose ends).</summary>
    public static byte[] OpenContourDxf(string tag) => Dxf(tag,
        Line(0, 0, 120, 0), Line(120, 0, 120, 60), Line(120, 60, 0, 60), Line(0, 60, 0, 0),
        Circle(30, 30, 8),
        Line(60, 20, 100, 20), Line(100, 20, 100, 45));

    /// <summary>A closed 80 × 40 mm rectangle, no defects.</summary>
    public static byte[] CleanDxf(string tag) => Dxf(tag, Line(0, 0, 80, 0), Line(80, 0, 80, 40), Line(80, 40, 0, 40), Line(0, 40, 0, 0));

    /// <summary>
    /// A LightBurn project on one cut layer: a 120 × 60 mm plate (Rect) with a hole (Ellipse), an open L (Path), a
    /// triangle drawn twice (a duplicate) and live text without an outline.
    /// </summary>
    public static byte[] LightBurn(string tag) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <LightBurnProject AppVersion="1.7.00" FormatVersion="1" MaterialHeight="0" MirrorX="False" MirrorY="False">
            <CutSetting type="Cut"><index Value="0"/><name Value="Outline"/><speed Value="20"/></CutSetting>
            <Shape Type="Rect" CutIndex="0" W="120" H="60" Cr="0"><XForm>1 0 0 1 60 30</XForm></Shape>
            <Shape Type="Ellipse" CutIndex="0" Rx="8" Ry="8"><XForm>1 0 0 1 30 30</XForm></Shape>
            <Shape Type="Path" CutIndex="0"><VertList>V60 20c0x1c1x1V100 20c0x1c1x1V100 45c0x1c1x1</VertList><PrimList>L0 1L1 2</PrimList></Shape>
            <Shape Type="Path" CutIndex="0"><VertList>V70 30c0x1c1x1V90 30c0x1c1x1V80 40c0x1c1x1</VertList><PrimList>LineClosed</PrimList></Shape>
            <Shape Type="Path" CutIndex="0"><VertList>V70 30c0x1c1x1V90 30c0x1c1x1V80 40c0x1c1x1</VertList><PrimList>LineClosed</PrimList></Shape>
            <Shape Type="Text" CutIndex="0" Str="{tag}" H="5"><XForm>1 0 0 1 10 50</XForm></Shape>
        </LightBurnProject>
        """);

    /// <summary>A zip holding the given entries.</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

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
