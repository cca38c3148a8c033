using System.Buffers.Binary;

namespace LaserGrains.Tests.Unit.Extraction.Images;

/// <summary>Little-endian TIFF structures: a plain image header, and an EXIF block with only GPS data.</summary>
public static class Tiff
{
    /// <summary>Latitude 51° 30′ 26″ N, longitude 0° 7′ 39″ W: what must never appear in a result.</summary>
    public static readonly (uint Deg, uint Min, uint Sec) Latitude = (51, 30, 26);

    /// <summary>A TIFF with width, height and resolution (<paramref name="resolutionUnit"/> 2 = inch, 3 = cm).</summary>
    public static byte[] Image(int width, int height, uint resolution, ushort resolutionUnit)
    {
        var t = new byte[8 + 2 + (5 * 12) + 4 + 16];
        Header(t, 8);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(8), 5);
        var rational = 8 + 2 + (5 * 12) + 4;
        Entry(t, 0, 256, 4, 1, (uint)width);
        Entry(t, 1, 257, 4, 1, (uint)height);
        Entry(t, 2, 282, 5, 1, (uint)rational);
        Entry(t, 3, 283, 5, 1, (uint)rational + 8);
        Entry(t, 4, 296, 3, 1, resolutionUnit);
        Rational(t, rational, resolution, 1);
        Rational(t, rational + 8, resolution, 1);
        return t;
    }

    /// <summary>IFD0 pointing to a GPS IFD with latitude and longitude and their references.</summary>
    public static byte[] GpsOnly()
    {
        const int ifd0 = 8, gps = ifd0 + 2 + 12 + 4, lat = gps + 2 + (4 * 12) + 4, lon = lat + 24;
        var t = new byte[lon + 24];
        Header(t, ifd0);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(ifd0), 1);
        Entry(t, ifd0, 0, 0x8825, 4, 1, gps);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(gps), 4);
        Entry(t, gps, 0, 0x0001, 2, 2, 'N');
        Entry(t, gps, 1, 0x0002, 5, 3, lat);
        Entry(t, gps, 2, 0x0003, 2, 2, 'W');
        Entry(t, gps, 3, 0x0004, 5, 3, lon);
        Rational(t, lat, Latitude.Deg, 1);
        Rational(t, lat + 8, Latitude.Min, 1);
        Rational(t, lat + 16, Latitude.Sec, 1);
        Rational(t, lon, 0, 1);
        Rational(t, lon + 8, 7, 1);
        Rational(t, lon + 16, 39, 1);
        return t;
    }

    private static void Header(byte[] t, int firstIfd)
    {
        "II*\0"u8.CopyTo(t);
        BinaryPrimitives.WriteInt32LittleEndian(t.AsSpan(4), firstIfd);
    }

    private static void Entry(byte[] t, int index, ushort tag, ushort type, uint count, uint value) => Entry(t, 8, index, tag, type, count, value);

    private static void Entry(byte[] t, int ifd, int index, ushort tag, ushort type, uint count, uint value)
    {
        var at = ifd + 2 + (index * 12);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(at + 4), count);
        if (type == 3) BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(at + 8), (ushort)value);
        else BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(at + 8), value);
    }

    private static void Rational(byte[] t, int at, uint numerator, uint denominator)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(at), numerator);
        BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(at + 4), denominator);
    }
}
