using System.IO.Compression;
using System.Text.RegularExpressions;

namespace LaserGrains.Tests.Unit.Extraction.Excel;

/// <summary>Rewrites a workbook the way script writers (openpyxl) save it: formulas kept, cached results removed.</summary>
public static partial class UncachedFormulas
{
    public static byte[] Strip(byte[] xlsx)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)) text = CachedValue().Replace(text, "$1");
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open());
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    /// <summary>True when some sheet still carries a cached formula result.</summary>
    public static bool HasCachedValues(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Any(e => CachedValue().IsMatch(new StreamReader(e.Open()).ReadToEnd()));
    }

    [GeneratedRegex(@"(<f>[^<]*</f>)<v>[^<]*</v>")]
    private static partial Regex CachedValue();
}
