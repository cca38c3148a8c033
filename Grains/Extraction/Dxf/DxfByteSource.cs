using System.Buffers;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A refillable window over a stream so tokenizers can work on spans without reading the file whole.</summary>
internal sealed class DxfByteSource(Stream stream, long maxBytes) : IDisposable
{
    // Rented: a fresh 64 KB window per file was zeroed and page-faulted for every small drawing.
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
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
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, End).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
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

    /// <summary>Returns the window to the pool; spans from it must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            Pos = End = 0;
        }
    }
}
