using System.Buffers.Binary;
using System.Text;

namespace LaserGrains.Grains.Extraction.Detection;

/// <summary>Reads entry names from the zip local file headers found in a file's first bytes.</summary>
internal static class ZipHead
{
    private const int LocalHeaderLength = 30;

    /// <summary>True when an entry under "xl/" appears; Excel writes [Content_Types].xml and _rels first, then xl/.</summary>
    public static bool LooksLikeXlsx(ReadOnlySpan<byte> head)
    {
        foreach (var name in EntryNames(head))
        {
            if (name.StartsWith("xl/", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Names of the local file headers that start inside <paramref name="head"/>.</summary>
    public static IReadOnlyList<string> EntryNames(ReadOnlySpan<byte> head)
    {
        var names = new List<string>();
        var offset = 0;
        while (offset + LocalHeaderLength <= head.Length)
        {
            var found = head[offset..].IndexOf("PK\u0003\u0004"u8);
            if (found < 0) break;
            var at = offset + found;
            if (at + LocalHeaderLength > head.Length) break;

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(head[(at + 26)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(head[(at + 28)..]);
            var nameStart = at + LocalHeaderLength;
            if (nameLength == 0 || nameStart + nameLength > head.Length) break;
            names.Add(Encoding.UTF8.GetString(head.Slice(nameStart, nameLength)));

            // Entries written with a data descriptor carry no compressed size: fall back to scanning for the next header.
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(head[(at + 18)..]);
            var next = (long)nameStart + nameLength + extraLength + compressed;
            offset = compressed > 0 && next <= head.Length ? (int)next : nameStart + nameLength;
        }

        return names;
    }
}
