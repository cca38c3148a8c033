using System.Text;

namespace LaserGrains.Grains.Extraction.Excel.Grid;

/// <summary>Splits a CSV cut list into rows: the delimiter (, ; tab |) guessed from the first lines, quotes as RFC 4180 writes them.</summary>
internal static class CsvGrid
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];

    public static ArrayGrid Read(string name, byte[] bytes, int maxRows, CancellationToken cancellationToken)
    {
        var text = Decode(bytes);
        var delimiter = GuessDelimiter(text);
        var rows = new List<string?[]>();
        var row = new List<string?>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length && rows.Count < maxRows; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == delimiter) { row.Add(cell.ToString()); cell.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                if (rows.Count % 256 == 0) cancellationToken.ThrowIfCancellationRequested();
            }
            else cell.Append(c);
        }

        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add([.. row]); }
        return new ArrayGrid(name, rows, SheetScanner.MaxColumns);
    }

    // Spreadsheets export UTF-8 (often with a BOM) or the Windows code page; bytes that are not UTF-8 are read as Latin-1.
    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    // The delimiter that splits the first lines most evenly into more than one cell.
    private static char GuessDelimiter(string text)
    {
        var lines = text.Split('\n', 21).Take(20).Where(l => l.Trim().Length > 0).ToList();
        return Delimiters
            .Select(d => (d, counts: lines.Select(l => l.Count(c => c == d)).ToList()))
            .Where(x => x.counts.Count > 0 && x.counts.Max() > 0)
            .OrderByDescending(x => x.counts.Count(n => n == x.counts.Max()))
            .ThenByDescending(x => x.counts.Max())
            .Select(x => x.d)
            .DefaultIfEmpty(',')
            .First();
    }
}
