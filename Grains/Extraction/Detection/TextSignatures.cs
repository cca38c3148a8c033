using System.Text;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>Recognises the text formats: XML by its root element (LightBurn, SVG) and ASCII DXF by its first group codes.</summary>
internal static class TextSignatures
{
    public static FileKind Detect(ReadOnlySpan<byte> head)
    {
        var text = Decode(head);
        if (XmlRoot.Name(text) is { } root)
        {
            var local = root[(root.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (local is "LightBurnProject" or "LightBurnLibrary") return FileKind.LightBurn;
            if (local.Equals("svg", StringComparison.OrdinalIgnoreCase)) return FileKind.Svg;
            return FileKind.Unknown;
        }

        return LooksLikeDxf(text) ? FileKind.DxfAscii : FileKind.Unknown;
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return Encoding.UTF8.GetString(head);
    }

    // Group code / value pairs: header-less R12 files start "0 / SECTION"; some exporters put "999" comments first.
    private static bool LooksLikeDxf(string text)
    {
        using var reader = new StringReader(text);
        for (var pair = 0; pair < 16; pair++)
        {
            string? code;
            do
            {
                code = reader.ReadLine();
                if (code is null) return false;
            }
            while (pair == 0 && code.Trim().Length == 0);

            var value = reader.ReadLine();
            if (value is null) return false;
            switch (code.Trim())
            {
                case "999": continue;
                case "0": return value.Trim() == "SECTION";
                default: return false;
            }
        }

        return false;
    }
}
