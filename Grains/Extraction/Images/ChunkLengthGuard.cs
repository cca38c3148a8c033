using System.Buffers.Binary;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Images;

/// <summary>Refuses PNG and WebP files whose chunk lengths point past the end of the file.</summary>
/// <remarks>
/// MetadataExtractor allocates a chunk's declared length before reading it, so a 150-byte PNG claiming a 2 GB
/// chunk costs 2 GB of memory. This walks only the chunk length fields, decoding nothing.
/// </remarks>
internal static class ChunkLengthGuard
{
    private const int PngSignatureLength = 8;
    private const int RiffHeaderLength = 12;

    public static void Check(FileKind kind, ReadOnlySpan<byte> bytes)
    {
        var ok = kind switch
        {
            FileKind.Png => PngChunksFit(bytes),
            FileKind.WebP => RiffChunksFit(bytes),
            _ => true,
        };
        if (!ok) throw new ExtractionFailedException("invalid_file", $"The {kind} file is damaged: a chunk claims more bytes than the file holds.");
    }

    // Each PNG chunk: 4-byte big-endian length, 4-byte type, data, 4-byte CRC. Stops at IEND or the end of the file.
    private static bool PngChunksFit(ReadOnlySpan<byte> bytes)
    {
        long at = PngSignatureLength;
        while (at + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[(int)at..]);
            var end = at + 12 + length;
            if (end > bytes.Length) return false;
            if (bytes.Slice((int)at + 4, 4).SequenceEqual("IEND"u8)) return true;
            at = end;
        }

        return true;
    }

    // Each RIFF chunk: 4-byte FourCC, 4-byte little-endian size, data padded to an even length.
    private static bool RiffChunksFit(ReadOnlySpan<byte> bytes)
    {
        long at = RiffHeaderLength;
        while (at + 8 <= bytes.Length)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes[((int)at + 4)..]);
            var end = at + 8 + size + (size & 1);
            if (end > bytes.Length + 1) return false;
            at = end;
        }

        return true;
    }
}
