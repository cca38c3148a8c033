using System.Text;

namespace LaserGrains.LoadGen.Payload;

/// <summary>The built-in small payload: a minimal valid R12 DXF holding one 50 mm circle (about 150 bytes).</summary>
public static class CircleDxf
{
    public const string FileName = "loadgen-circle.dxf";

    // $INSUNITS 4 (mm) is an R2000 variable that R12 readers skip; without it the file would carry an "unknown units" defect.
    private const string Text =
        "0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1009\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n" +
        "0\nSECTION\n2\nENTITIES\n0\nCIRCLE\n8\n0\n10\n50.0\n20\n50.0\n30\n0.0\n40\n25.0\n0\nENDSEC\n0\nEOF\n";

    public static byte[] Bytes() => Encoding.ASCII.GetBytes(Text);
}
