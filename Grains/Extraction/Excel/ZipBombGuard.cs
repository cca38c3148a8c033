using System.IO.Compression;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Checks a zip's real entry sizes before a library unpacks it, so a small upload cannot expand without bound.</summary>
internal static class ZipBombGuard
{
    public const long MaxTotalUncompressedBytes = 200L * 1024 * 1024;
    public const int MaxEntries = 10_000;

    /// <summary>Text-heavy workbook parts compress 10–50×; beyond this, a large entry is a bomb.</summary>
    public const double MaxCompressionRatio = 200;

    /// <summary>Ratios are only judged for entries this large; tiny parts compress oddly without harm.</summary>
    private const long RatioFloorBytes = 1024 * 1024;

    /// <summary>Throws "limit_exceeded" for a bomb and "invalid_file" for a broken zip; returns the entry names otherwise.</summary>
    public static IReadOnlySet<string> Check(byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw Bomb($"it has more than {MaxEntries} entries");

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            var buffer = new byte[81_920];
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                names.Add(entry.FullName);
                // Declared sizes can lie, so each entry is inflated and counted; the read stops as soon as a limit is passed.
                var actual = InflatedLength(entry, MaxTotalUncompressedBytes - total, buffer, cancellationToken);
                total += actual;
                if (actual > RatioFloorBytes && actual > MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw Bomb($"entry '{entry.FullName}' expands more than {MaxCompressionRatio:0}×");
                }
            }

            return names;
        }
        catch (InvalidDataException ex)
        {
            throw new ExtractionFailedException("invalid_file", "The workbook is not a valid zip archive (an .xlsx file is one); it may be damaged or cut short.", ex);
        }
    }

    private static long InflatedLength(ZipArchiveEntry entry, long budget, byte[] buffer, CancellationToken cancellationToken)
    {
        using var stream = entry.Open();
        long length = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            length += read;
            if (length > budget) throw Bomb($"it expands to more than {MaxTotalUncompressedBytes / (1024 * 1024)} MB");
            if (length % (1024 * 1024) < read) cancellationToken.ThrowIfCancellationRequested();
        }

        return length;
    }

    private static ExtractionFailedException Bomb(string why) =>
        new("limit_exceeded", $"The workbook was refused because {why} (a possible zip bomb).");
}
