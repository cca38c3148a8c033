using System.Text;

namespace LaserGrains.Tests.Unit.Extraction.Robustness;

/// <summary>Inputs built to exhaust a parser: deep nesting, entity expansion, external entities, absurd numbers.</summary>
public static class HostileInputs
{
    public static byte[] DeepXml(string root, string child, int depth, string rootAttributes = "")
    {
        var xml = new StringBuilder($"<{root} {rootAttributes}>");
        for (var i = 0; i < depth; i++) xml.Append('<').Append(child).Append('>');
        for (var i = 0; i < depth; i++) xml.Append("</").Append(child).Append('>');
        return Encoding.UTF8.GetBytes(xml.Append($"</{root}>").ToString());
    }

    /// <summary>The classic "billion laughs": ten levels of ten-fold entity expansion.</summary>
    public static byte[] BillionLaughs(string root, string rootAttributes = "")
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            xml.Append($" <!ENTITY lol{i} \"").Append(string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))).Append("\">\n");
        }

        return Encoding.UTF8.GetBytes(xml.Append($"]>\n<{root} {rootAttributes}>&lol9;</{root}>").ToString());
    }

    public static byte[] ExternalEntity(string root, string rootAttributes = "") => Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\"?>\n<!DOCTYPE {root} [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<{root} {rootAttributes}>&xxe;</{root}>");

    /// <summary>A PDF whose only object is an array nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepPdfArray(int depth) => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n1 0 obj\n{new string('[', depth)}{new string(']', depth)}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
}
