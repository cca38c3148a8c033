using System.Text;

namespace LaserGrains.Tests.Integration.Ingest.Hostile;

/// <summary>XML that attacks its parser: entity expansion (billion laughs) and external entities, in SVG and LightBurn form.</summary>
internal static class HostileXml
{
    /// <summary>Ten levels of ten references: 10^10 "lol"s if expanded.</summary>
    public static string BillionLaughsDtd(string root)
    {
        var dtd = new StringBuilder($"<!DOCTYPE {root} [\n<!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 10; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"").Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))).Append("\">\n");
        }

        return dtd.Append("]>\n").ToString();
    }

    /// <summary>An entity that names a local file and one that names a loopback URL (never a real outside host).</summary>
    public static string ExternalDtd(string root) =>
        $"<!DOCTYPE {root} [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n<!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">\n]>\n";

    public static byte[] Svg(string dtd, string reference) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n" + dtd +
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\" height=\"10mm\"><title>{reference}</title><rect width=\"10\" height=\"10\"/></svg>");

    public static byte[] LightBurn(string dtd, string reference) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + dtd.Replace("DOCTYPE svg", "DOCTYPE LightBurnProject", StringComparison.Ordinal) +
        "<LightBurnProject AppVersion=\"1.4.03\" FormatVersion=\"1\" MaterialHeight=\"0\" MirrorX=\"False\" MirrorY=\"False\">\n" +
        $"<Notes ShowOnLoad=\"0\" Notes=\"{reference}\"/>\n" +
        "<CutSetting type=\"Cut\"><index Value=\"0\"/><name Value=\"C00\"/><speed Value=\"20\"/></CutSetting>\n" +
        "<Shape Type=\"Rect\" CutIndex=\"0\" W=\"10\" H=\"10\" Cr=\"0\"><XForm>1 0 0 1 0 0</XForm></Shape>\n" +
        "</LightBurnProject>\n");
}
