namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Tokenizer for ASCII DXF: a group-code line then a value line, LF or CRLF, values parsed on demand.</summary>
internal sealed class AsciiDxfTokenizer(DxfByteSource source, DxfTextDecoder decoder) : DxfTokenizer(source, decoder)
{
    private int _valueStart;
    private int _valueLength;
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

            throw new ExtractionFailedException(
                "invalid_file",
                $"The DXF file is malformed: expected a group code at line {_line}, found \"{System.Text.Encoding.Latin1.GetString(codeText[..Math.Min(codeText.Length, 40)])}\".");
        }

        Code = code;
        return ReadLine(out _valueStart, out _valueLength);
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
