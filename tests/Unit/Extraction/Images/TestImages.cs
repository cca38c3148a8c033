using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LaserGrains.Tests.Unit.Extraction.Images;

/// <summary>Writes minimal but valid image headers so tests control every size and resolution field.</summary>
public static class TestImages
{
    /// <summary>An RGB PNG; with <paramref name="pixelsPerMetre"/> a pHYs chunk in metres is added.</summary>
    public static byte[] Png(int width, int height, int? pixelsPerMetre)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        PngChunk(png, "IHDR", ihdr);
        if (pixelsPerMetre is { } ppm)
        {
            var phys = new byte[9];
            BinaryPrimitives.WriteInt32BigEndian(phys, ppm);
            BinaryPrimitives.WriteInt32BigEndian(phys.AsSpan(4), ppm);
            phys[8] = 1;
            PngChunk(png, "pHYs", phys);
        }

        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(new byte[(1 + (width * 3)) * height]);
        }

        PngChunk(png, "IDAT", pixels.ToArray());
        PngChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A baseline JPEG header with JFIF at <paramref name="dpi"/> and an EXIF block holding GPS coordinates.</summary>
    public static byte[] JpegWithGps(int width, int height, int dpi)
    {
        using var jpg = new MemoryStream();
        jpg.Write([0xFF, 0xD8]);
        var jfif = new byte[14];
        "JFIF\0"u8.CopyTo(jfif);
        jfif[5] = 1;
        jfif[6] = 2;
        jfif[7] = 1;
        BinaryPrimitives.WriteUInt16BigEndian(jfif.AsSpan(8), (ushort)dpi);
        BinaryPrimitives.WriteUInt16BigEndian(jfif.AsSpan(10), (ushort)dpi);
        Segment(jpg, 0xE0, jfif);
        Segment(jpg, 0xE1, [.. "Exif\0\0"u8, .. Tiff.GpsOnly()]);
        var sof = new byte[15];
        sof[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(3), (ushort)width);
        sof[5] = 3;
        for (var c = 0; c < 3; c++) sof[6 + (c * 3)] = (byte)(c + 1);
        Segment(jpg, 0xC0, sof);
        Segment(jpg, 0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]);
        jpg.Write([0x00, 0x00, 0xFF, 0xD9]);
        return jpg.ToArray();
    }

    /// <summary>A 24-bit BMP with its resolution in pixels per metre.</summary>
    public static byte[] Bmp(int width, int height, int pixelsPerMetre)
    {
        var stride = ((width * 3) + 3) & ~3;
        var bmp = new byte[54 + (stride * height)];
        "BM"u8.CopyTo(bmp);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(2), bmp.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(34), stride * height);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(38), pixelsPerMetre);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(42), pixelsPerMetre);
        return bmp;
    }

    public static byte[] Gif(int width, int height)
    {
        var gif = new byte[14];
        "GIF89a"u8.CopyTo(gif);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(8), (ushort)height);
        gif[13] = 0x3B;
        return gif;
    }

    /// <summary>An extended-format WebP header (VP8X) carrying the canvas size.</summary>
    public static byte[] WebP(int width, int height)
    {
        var webp = new byte[30];
        "RIFF"u8.CopyTo(webp);
        BinaryPrimitives.WriteInt32LittleEndian(webp.AsSpan(4), webp.Length - 8);
        "WEBPVP8X"u8.CopyTo(webp.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(webp.AsSpan(16), 10);
        WriteUInt24(webp.AsSpan(24), width - 1);
        WriteUInt24(webp.AsSpan(27), height - 1);
        return webp;
    }

    private static void WriteUInt24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }

    private static void Segment(Stream jpg, byte marker, byte[] payload)
    {
        jpg.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        jpg.Write(payload);
    }

    private static void PngChunk(Stream png, string type, byte[] data)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(header, 4);
        png.Write(header);
        png.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Compute([.. header.AsSpan(4), .. data]));
        png.Write(crc);
    }
}
