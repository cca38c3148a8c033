using System.IO.Compression;
using System.Text;

namespace LaserGrains.Tests.Unit.Extraction.Robustness;

/// <summary>Deterministic byte-level mutations; zips are also mutated inside one entry and re-packed, so the parsers behind the zip are reached.</summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] HugeNumbers =
        ["99999999999999999999999999", "1e308", "-1e308", "NaN", "4294967295", "-2147483649", "1e-320", "Infinity"];

    /// <summary>Characters that carry structure in the text formats: one in the wrong place breaks nesting or quoting.</summary>
    private const string Syntax = "<>\"'&;/0 \n[]()";

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        if (input.Length > 4 && input[0] == 'P' && input[1] == 'K' && _random.Next(2) == 0) return MutateZipEntry(input);
        return MutateBytes(input);
    }

    private byte[] MutateBytes(byte[] input)
    {
        var b = input.ToList();
        if (b.Count == 0) return [(byte)_random.Next(256)];
        switch (_random.Next(7))
        {
            case 0:
                return [.. b.Take(_random.Next(b.Count))];
            case 1:
                for (var i = _random.Next(1, 9); i > 0; i--) b[_random.Next(b.Count)] ^= (byte)(1 << _random.Next(8));
                return [.. b];
            case 2:
                var at = _random.Next(b.Count);
                for (var i = at; i < Math.Min(b.Count, at + _random.Next(1, 64)); i++) b[i] = (byte)_random.Next(256);
                return [.. b];
            case 3:
                return ReplaceNumber(input);
            case 4:
                var start = _random.Next(b.Count);
                var slice = b.Skip(start).Take(_random.Next(1, 512)).ToList();
                b.InsertRange(_random.Next(b.Count), Enumerable.Repeat(slice, _random.Next(1, 8)).SelectMany(s => s));
                return [.. b];
            case 5:
                var from = _random.Next(b.Count);
                b.RemoveRange(from, Math.Min(b.Count - from, _random.Next(1, 256)));
                return [.. b];
            default:
                for (var i = _random.Next(1, 9); i > 0; i--) b[_random.Next(b.Count)] = (byte)Syntax[_random.Next(Syntax.Length)];
                return [.. b];
        }
    }

    // Numbers in text formats (coordinates, sizes, counts) replaced by extremes.
    private byte[] ReplaceNumber(byte[] input)
    {
        var text = Encoding.Latin1.GetString(input);
        for (var attempt = 0; attempt < 8 && text.Length > 0; attempt++)
        {
            var at = _random.Next(text.Length);
            if (!char.IsDigit(text[at])) continue;
            var end = at;
            while (end < text.Length && char.IsDigit(text[end])) end++;
            return Encoding.Latin1.GetBytes(text[..at] + HugeNumbers[_random.Next(HugeNumbers.Length)] + text[end..]);
        }

        return MutateBytes([.. input.Take(input.Length - 1)]);
    }

    private byte[] MutateZipEntry(byte[] input)
    {
        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            var entries = source.Entries.Select(e => (e.FullName, Bytes: Read(e))).ToList();
            if (entries.Count == 0) return MutateBytes(input);
            var victim = _random.Next(entries.Count);
            entries[victim] = (entries[victim].FullName, MutateBytes(entries[victim].Bytes));
            using var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, bytes) in entries)
                {
                    using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                    s.Write(bytes);
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return MutateBytes(input);
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
