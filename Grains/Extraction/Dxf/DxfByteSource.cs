namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A refillable window over a stream so tokenizers can work on spans without reading the file whole.</summary>
internal sealed class DxfByteSource(Stream stream, long maxBytes)
{
    private byte[] _buffer = new byte[1 << 16];
    private bool _eof;
    private long _consumedBefore;

    public int Pos { get; set; }

    public int End { get; private set; }

    public byte[] Buffer => _buffer;

    public long Offset => _consumedBefore + Pos;

    /// <summary>Makes at least <paramref name="count"/> bytes available from Pos; false if the stream ends first.</summary>
    public bool Ensure(int count)
    {
        while (End - Pos < count)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads more data, compacting or growing the buffer; false at end of stream.</summary>
    public bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (Pos > 0)
        {
            System.Buffer.BlockCopy(_buffer, Pos, _buffer, 0, End - Pos);
            _consumedBefore += Pos;
            End -= Pos;
            Pos = 0;
        }

        if (End == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, End, _buffer.Length - End);
        if (read <= 0)
        {
            _eof = true;
            return false;
        }

        End += read;
        if (_consumedBefore + End > maxBytes)
        {
            throw new ExtractionFailedException("limit_exceeded", $"The DXF file is larger than the limit of {maxBytes / (1024 * 1024)} MB.");
        }

        return true;
    }

    public bool StartsWith(ReadOnlySpan<byte> prefix) =>
        (Ensure(prefix.Length) || End - Pos > 0) && _buffer.AsSpan(Pos, End - Pos).StartsWith(prefix);

    public void Skip(int count) => Pos += Math.Min(count, End - Pos);
}
