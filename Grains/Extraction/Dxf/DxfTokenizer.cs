namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Reads a DXF file as a flat sequence of (group code, value) tags; the value is valid until the next call.</summary>
internal abstract class DxfTokenizer : IDisposable
{
    /// <summary>The read window the tag spans point into.</summary>
    protected DxfByteSource Source { get; }

    /// <summary>The 22-byte sentinel that opens every binary DXF file.</summary>
    public static ReadOnlySpan<byte> BinarySentinel => "AutoCAD Binary DXF\r\n\u001a\0"u8;

    protected DxfTokenizer(DxfByteSource source, DxfTextDecoder decoder)
    {
        Source = source;
        Decoder = decoder;
    }

    public DxfTextDecoder Decoder { get; }

    public int Code { get; protected set; }

    public abstract bool IsBinary { get; }

    /// <summary>Where the current tag is, for error messages ("line 12" or "byte 4096").</summary>
    public abstract string Position { get; }

    /// <summary>The raw bytes of a string value (trimmed for ASCII files); at the end of data, 0/EOF.</summary>
    public ReadOnlySpan<byte> Raw => AtEnd ? "EOF"u8 : RawValue;

    /// <summary>True once the data ran out; the current tag then reads as 0/EOF so every loop stops.</summary>
    public bool AtEnd { get; private set; }

    protected abstract ReadOnlySpan<byte> RawValue { get; }

    public abstract double Double { get; }

    public abstract long Long { get; }

    public int Int => (int)Math.Clamp(Long, int.MinValue, int.MaxValue);

    public string String => Decoder.Decode(Raw);

    /// <summary>Advances to the next tag; false at the end of the data.</summary>
    public bool Next()
    {
        if (AtEnd)
        {
            return false;
        }

        if (ReadTag())
        {
            return true;
        }

        AtEnd = true;
        Code = 0;
        return false;
    }

    protected abstract bool ReadTag();

    /// <summary>Where the reader lost the tag pairing and where it found it again, in the order met.</summary>
    public List<string> Recoveries { get; } = [];

    /// <summary>Returns the pooled read window; called once reading is done.</summary>
    public void Dispose() => Source.Dispose();

    public bool Is(int code, ReadOnlySpan<byte> asciiValue) => Code == code && Raw.SequenceEqual(asciiValue);

    /// <summary>Opens the right tokenizer for the stream's content (binary sentinel or ASCII).</summary>
    public static DxfTokenizer Open(Stream stream, DxfReadOptions options)
    {
        var source = new DxfByteSource(stream, options.MaxBytes);
        var decoder = new DxfTextDecoder();
        if (source.StartsWith(BinarySentinel))
        {
            source.Skip(BinarySentinel.Length);
            return new BinaryDxfTokenizer(source, decoder);
        }

        if (source.StartsWith("\uFEFF"u8))
        {
            source.Skip(3);
        }

        return new AsciiDxfTokenizer(source, decoder);
    }
}
