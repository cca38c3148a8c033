using System.Text;

namespace LaserGrains.Tests.Unit.Extraction.LightBurn;

/// <summary>LightBurn 1.x/2.x (.lbrn2, FormatVersion 1) projects shaped like real exports.</summary>
public static class Lbrn2Projects
{
    /// <summary>
    /// Rect, Ellipse, a Path and a Path reusing its vertices by VertID, and a scaled Group holding outlined Text whose
    /// backup path's XForm is absolute (the group's times the text's), as LightBurn writes it.
    /// </summary>
    /// <remarks>Expected bounding box: x 0..220, y 0..210 mm.</remarks>
    public const string Acrylic = """
        <?xml version="1.0" encoding="UTF-8"?>
        <LightBurnProject AppVersion="1.4.01" FormatVersion="1" MaterialHeight="0" MirrorX="False" MirrorY="False" DeviceName="Thunder Nova 35">
            <Thumbnail Source="iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="/>
            <VariableText><Start Value="0"/><End Value="999"/><Current Value="0"/><Increment Value="1"/><AutoAdvance Value="0"/></VariableText>
            <UIPrefs><Optimize_ByLayer Value="0"/></UIPrefs>
            <CutSetting type="Cut">
                <index Value="0"/>
                <name Value="C00"/>
                <minPower Value="60"/>
                <maxPower Value="60"/>
                <speed Value="25"/>
                <numPasses Value="2"/>
                <priority Value="0"/>
            </CutSetting>
            <CutSetting type="Scan">
                <index Value="1"/>
                <name Value="Engrave"/>
                <minPower Value="10"/>
                <maxPower Value="20"/>
                <speed Value="300"/>
                <priority Value="1"/>
            </CutSetting>
            <Shape Type="Rect" CutIndex="0" W="100" H="50" Cr="5">
                <XForm>1 0 0 1 60 35</XForm>
            </Shape>
            <Shape Type="Ellipse" CutIndex="0" Rx="10" Ry="10">
                <XForm>1 0 0 1 150 30</XForm>
            </Shape>
            <Shape Type="Path" CutIndex="0" VertID="0" PrimID="0">
                <XForm>1 0 0 1 0 0</XForm>
                <VertList>V0 0c0x1c1x1V20 0c0x1c1x1V20 20c0x1c1x1</VertList>
                <PrimList>LineClosed</PrimList>
            </Shape>
            <Shape Type="Path" CutIndex="0" VertID="0" PrimID="0">
                <XForm>1 0 0 1 200 100</XForm>
            </Shape>
            <Shape Type="Group">
                <XForm>2 0 0 2 0 0</XForm>
                <Children>
                    <Shape Type="Text" CutIndex="1" Font="Arial,-1,100,5,50,0,0,0,0,0" Str="ACME-01" H="5" LS="0" LnS="0" Ah="0" Av="0" Weld="0" HasBackupPath="1">
                        <XForm>1 0 0 1 10 100</XForm>
                        <BackupPath Type="Path" CutIndex="1">
                            <XForm>2 0 0 2 20 200</XForm>
                            <VertList>V0 0c0x1c1x1V15 0c0x1c1x1V15 5c0x1c1x1</VertList>
                            <PrimList>L0 1L1 2</PrimList>
                        </BackupPath>
                    </Shape>
                </Children>
            </Shape>
            <Notes ShowOnLoad="1" Notes="3mm clear acrylic, keep masking on"/>
        </LightBurnProject>
        """;

    /// <summary>A 100 × 20 mm rectangle turned by 90° about the origin.</summary>
    public const string RotatedRect = """
        <LightBurnProject AppVersion="2.0.02" FormatVersion="1">
            <CutSetting type="Cut"><index Value="0"/><name Value="C00"/><speed Value="30"/><maxPower Value="50"/></CutSetting>
            <Shape Type="Rect" CutIndex="0" W="100" H="20" Cr="0"><XForm>0 1 -1 0 0 0</XForm></Shape>
        </LightBurnProject>
        """;

    /// <summary>A Bézier path whose control point bulges past its end points.</summary>
    public const string Curve = """
        <LightBurnProject AppVersion="2.0.02" FormatVersion="1">
            <Shape Type="Path" CutIndex="0"><XForm>1 0 0 1 0 0</XForm>
                <VertList>V0 0c0x0c0y30c1x1V40 0c0x1c1x40c1y30</VertList><PrimList>B0 1</PrimList>
            </Shape>
        </LightBurnProject>
        """;

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);

    /// <summary>Groups nested <paramref name="depth"/> deep, each with its Children element.</summary>
    public static byte[] NestedGroups(int depth)
    {
        var xml = new StringBuilder("<LightBurnProject FormatVersion=\"1\">");
        for (var i = 0; i < depth; i++) xml.Append("<Shape Type=\"Group\"><XForm>1 0 0 1 1 1</XForm><Children>");
        xml.Append("<Shape Type=\"Rect\" W=\"2\" H=\"2\"><XForm>1 0 0 1 0 0</XForm></Shape>");
        for (var i = 0; i < depth; i++) xml.Append("</Children></Shape>");
        return Bytes(xml.Append("</LightBurnProject>").ToString());
    }
}
