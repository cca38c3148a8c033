using Xunit;
using System.Text;
using LaserGrains.Grains.Extraction.Dxf;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

public class DxfBinaryTests
{
    private static readonly byte[] Sentinel = Encoding.ASCII.GetBytes("AutoCAD Binary DXF\r\n\u001a\0");

    /// <summary>Writes tags the binary way: code as 1 byte (R12, 255-escaped when large) or 2 bytes (R13+).</summary>
    private static byte[] Binary(bool wide, params (int Code, object Value)[] tags)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(Sentinel);
        foreach (var (code, value) in tags)
        {
            if (wide) w.Write((short)code);
            else if (code < 255) w.Write((byte)code);
            else { w.Write((byte)255); w.Write((short)code); }
            switch (value)
            {
                case string s: w.Write(Encoding.ASCII.GetBytes(s)); w.Write((byte)0); break;
                case double d: w.Write(d); break;
                case short i: w.Write(i); break;
                default: throw new ArgumentException("unsupported value");
            }
        }

        w.Flush();
        return ms.ToArray();
    }

    private static (int, object)[] LineFile(double x1) =>
    [
        (0, "SECTION"), (2, "ENTITIES"),
        (0, "LINE"), (8, "CUT"), (10, 1.0), (20, 2.0), (30, 0.0), (11, x1), (21, 2.0), (31, 0.0), (62, (short)1),
        (0, "ENDSEC"), (0, "EOF"),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_BinaryLine_ReadsCoordinatesAndLayer(bool wideCodes)
    {
        var d = DxfReader.Read(new MemoryStream(Binary(wideCodes, LineFile(11.5))));

        Assert.True(d.IsBinary);
        var line = Assert.IsType<DxfLine>(Assert.Single(d.Entities));
        Assert.Equal("CUT", line.Layer);
        Assert.Equal(11.5, line.End.X);
        Assert.Equal(2.0, line.Start.Y);
    }

    [Fact]
    public void Read_BinaryR12ExtendedCode_ReadsEscapedGroupCode()
    {
        (int, object)[] tags =
        [
            (0, "SECTION"), (2, "ENTITIES"),
            (0, "LINE"), (10, 0.0), (20, 0.0), (11, 4.0), (21, 0.0), (1001, "APP"), (1040, 2.5),
            (0, "ENDSEC"), (0, "EOF"),
        ];

        var a = DxfAnalyzer.Analyze(DxfReader.Read(new MemoryStream(Binary(false, tags))));

        Assert.Equal(4.0, a.CutLength, 9);
    }
}
