namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Tokenizer for ASCII DXF: a group-code line then a value line, LF or CRLF, values parsed on demand.</summary>
internal sealed class AsciiDxfTokenizer(DxfByteSource source, DxfTextDecoder decoder) : DxfTokenizer(source, decoder)
{
    private int _valueStart;
    private int _valueLength;
    private const int MaxRecoveries = 100;

    private int _line;

    public override bool IsBinary => false;

    public override string Position => $"line {_line}";

    protected override ReadOnlySpan<byte> RawValue => Source.Buffer.AsSpan(_valueStart, _valueLength);

    public override double Double => DxfNumber.ParseDouble(Raw, Code, this);

    public override long Long => DxfNumber.ParseInteger(Raw, Code, this);

    protected override bool ReadTag()
    {
        if (TryReadPlainCode())
        {
            return ReadLine(out _valueStart, out _valueLength);
        }

        if (!ReadLine(out var start, out var length))
        {
            return false;
        }

        var codeText = Source.Buffer.AsSpan(start, length);
        if (!DxfNumber.TryParseCode(codeText, out var code))
        {
            if (length == 0 && !ReadLine(out _, out _))
            {
                return false; // a blank line at the very end of the file
            }

            return Resynchronise(codeText);
        }

        Code = code;
        return ReadLine(out _valueStart, out _valueLength);
    }

    /// <summary>
    /// A line where a group code belongs holds something else (a lost or doubled line): skips to the next "0" line,
    /// the start of an entity or section, so the rest of the file is still read; each skip is recorded.
    /// </summary>
    private bool Resynchronise(ReadOnlySpan<byte> found)
    {
        if (Recoveries.Count >= MaxRecoveries)
        {
            throw new ExtractionFailedException(
                "invalid_file", $"The DXF file is too damaged to read: the group codes lost their order more than {MaxRecoveries} times (the last time at line {_line}).");
        }

        var brokenAt = _line;
        var text = System.Text.Encoding.Latin1.GetString(found[..Math.Min(found.Length, 40)]);
        // A "0" line followed by a keyword (LINE, CIRCLE, ENDSEC, EOF) starts an entity or a section: read on from there.
        var afterZero = false;
        while (ReadLine(out var start, out var length))
        {
            var line = Source.Buffer.AsSpan(start, length);
            if (afterZero && IsKeyword(line))
            {
                Recoveries.Add($"expected a group code at line {brokenAt}, found \"{text}\"; reading resumed at line {_line - 1}, lines {brokenAt}–{_line - 2} were skipped");
                Code = 0;
                (_valueStart, _valueLength) = (start, length);
                return true;
            }

            afterZero = length == 1 && line[0] == (byte)'0';
        }

        Recoveries.Add($"expected a group code at line {brokenAt}, found \"{text}\"; no group code followed, the rest of the file was skipped");
        return false;
    }

    private static bool IsKeyword(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || line.Length > 32 || line[0] is < (byte)'A' or > (byte)'Z') return false;
        foreach (var b in line)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_')) return false;
        }

        return true;
    }

    /// <summary>
    /// Fast path for the usual group-code line (leading spaces, up to six digits, LF or CRLF) wholly in the buffer:
    /// parses it in one pass instead of a vectorised line search, trimming and a separate parse. Leaves the position
    /// untouched and returns false for anything else, which the general path then handles.
    /// </summary>
    private bool TryReadPlainCode()
    {
        var buf = Source.Buffer;
        var end = Source.End;
        var i = Source.Pos;
        while (i < end && buf[i] == (byte)' ') i++;
        var code = 0;
        var first = i;
        while (i < end && i - first < 6 && (uint)(buf[i] - (byte)'0') <= 9)
        {
            code = (code * 10) + (buf[i] - (byte)'0');
            i++;
        }

        if (i == first || i >= end) return false;
        if (buf[i] == (byte)'\r' && i + 1 < end) i++;
        if (buf[i] != (byte)'\n') return false;
        Source.Pos = i + 1;
        _line++;
        Code = code;
        return true;
    }

    /// <summary>Finds the next line and trims it; the span stays valid until the next read.</summary>
    private bool ReadLine(out int start, out int length)
    {
        var scanFrom = 0;
        while (true)
        {
            var window = Source.Buffer.AsSpan(Source.Pos + scanFrom, Source.End - Source.Pos - scanFrom);
            var nl = window.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                start = Source.Pos;
                length = scanFrom + nl;
                Source.Pos += length + 1;
                break;
            }

            scanFrom = Source.End - Source.Pos;
            if (!Source.Fill())
            {
                if (Source.End == Source.Pos)
                {
                    start = length = 0;
                    return false;
                }

                start = Source.Pos;
                length = Source.End - Source.Pos;
                Source.Pos = Source.End;
                break;
            }
        }

        _line++;
        var buf = Source.Buffer;
        while (length > 0 && buf[start + length - 1] is (byte)'\r' or (byte)' ' or (byte)'\t')
        {
            length--;
        }

        while (length > 0 && buf[start] is (byte)' ' or (byte)'\t')
        {
            start++;
            length--;
        }

        return true;
    }
}
