using System.Buffers.Binary;
using System.Text;

namespace LaserGrains.Tests.Integration.Ingest.Hostile;

/// <summary>DXF files whose blocks recurse or multiply, and a PNG whose header claims 2 G pixels.</summary>
internal static class HostileDrawings
{
    /// <summary>Block A inserts itself; the drawing inserts A.</summary>
    public static byte[] RecursiveBlockDxf(string tag) => Dxf(tag, [Block("A", Insert("A"), Line())], Insert("A"));

    /// <summary>30 levels, each inserting the level below 10 times: 10^30 lines if flattened.</summary>
    public static byte[] ExponentialBlocksDxf(string tag)
    {
        var blocks = new List<string> { Block("L0", Line()) };
        for (var i = 1; i <= 30; i++) blocks.Add(Block($"L{i}", [.. Enumerable.Range(0, 10).Select(_ => Insert($"L{i - 1}"))]));
        return Dxf(tag, blocks, Insert("L30"));
    }

    /// <summary>A PNG signature and IHDR of 65536 × 32768 pixels (2^31) with a correct CRC, a tiny IDAT and IEND.</summary>
    public static byte[] HugePngHeader()
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, 65536);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), 32768);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    /// <summary>PNG's CRC-32 (ISO 3309, reflected polynomial 0xEDB88320), bit by bit: a header is a few bytes.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static byte[] Dxf(string tag, IEnumerable<string> blocks, params string[] entities) => Encoding.ASCII.GetBytes(string.Join('\n',
        "999", tag,
        "0", "SECTION", "2", "HEADER", "9", "$INSUNITS", "70", "4", "0", "ENDSEC",
        "0", "SECTION", "2", "BLOCKS", string.Join('\n', blocks), "0", "ENDSEC",
        "0", "SECTION", "2", "ENTITIES", string.Join('\n', entities), "0", "ENDSEC", "0", "EOF", ""));

    private static string Block(string name, params string[] entities) => string.Join('\n',
        "0", "BLOCK", "8", "0", "2", name, "70", "0", "10", "0", "20", "0", "30", "0", "3", name, string.Join('\n', entities), "0", "ENDBLK", "8", "0");

    private static string Insert(string block) => string.Join('\n', "0", "INSERT", "8", "0", "2", block, "10", "1", "20", "1", "30", "0");

    private static string Line() => string.Join('\n', "0", "LINE", "8", "0", "10", "0", "20", "0", "11", "10", "21", "0");
}
