namespace LaserGrains.Tests.Unit.Extraction.Images;

/// <summary>The PNG chunk checksum (CRC-32, polynomial 0xEDB88320).</summary>
public static class Crc32
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
