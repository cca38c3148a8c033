namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Tokenizer for ASCII DXF: a group-code line then a value line, LF or CRLF, values parsed on demand.</summary>
internal sealed class AsciiDxfTokenizer(DxfByteSource source, DxfTextDecoder decoder) : DxfTokenizer(decoder)
{
    private int _valueStart;
    private int _valueLength;
    private int _line;

    public override bool IsBinary => false;

    public override string Position => $"line {_line}";

    protected override ReadOnlySpan<byte> RawValue => source.Buffer.AsSpan(_valueStart, _valueLength);

    public override double Double => DxfNumber.ParseDouble(Raw, Code, this);

    public override long Long => DxfNumber.ParseInteger(Raw, Code, this);

    protected override bool ReadTag()
    {
        if (!ReadLine(out var start, out var length))
        {
            return false;
        }

        var codeText = source.Buffer.AsSpan(start, length);
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

    /// <summary>Finds the next line and trims it; the span stays valid until the next read.</summary>
    private bool ReadLine(out int start, out int length)
    {
        var scanFrom = 0;
        while (true)
        {
            var window = source.Buffer.AsSpan(source.Pos + scanFrom, source.End - source.Pos - scanFrom);
            var nl = window.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                start = source.Pos;
                length = scanFrom + nl;
                source.Pos += length + 1;
                break;
            }

            scanFrom = source.End - source.Pos;
            if (!source.Fill())
            {
                if (source.End == source.Pos)
                {
                    start = length = 0;
                    return false;
                }

                start = source.Pos;
                length = source.End - source.Pos;
                source.Pos = source.End;
                break;
            }
        }

        _line++;
        var buf = source.Buffer;
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
