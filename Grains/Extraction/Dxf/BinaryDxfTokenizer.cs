using System.Buffers.Binary;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Tokenizer for binary DXF: 1-byte group codes up to R12 (255 escapes a 2-byte code), 2-byte codes from R13.</summary>
internal sealed class BinaryDxfTokenizer : DxfTokenizer
{
    private readonly DxfByteSource _source;
    private bool? _wideCodes;
    private DxfValueType _type;
    private double _double;
    private long _long;
    private int _valueStart;
    private int _valueLength;
    private long _tagOffset;

    public BinaryDxfTokenizer(DxfByteSource source, DxfTextDecoder decoder)
        : base(source, decoder) => _source = source;

    public override bool IsBinary => true;

    public override string Position => $"byte {_tagOffset}";

    protected override ReadOnlySpan<byte> RawValue => _type is DxfValueType.String or DxfValueType.Binary
        ? _source.Buffer.AsSpan(_valueStart, _valueLength)
        : [];

    public override double Double => _type switch
    {
        DxfValueType.Double => _double,
        DxfValueType.String => DxfNumber.ParseDouble(Raw, Code, this),
        _ => _long,
    };

    public override long Long => _type switch
    {
        DxfValueType.Double => (long)_double,
        DxfValueType.String => DxfNumber.ParseInteger(Raw, Code, this),
        _ => _long,
    };

    protected override bool ReadTag()
    {
        var s = _source;
        if (!s.Ensure(2))
        {
            return false;
        }

        // The first tag (0/SECTION) tells the code width: R12 writes 00 'S', R13+ writes 00 00 'S'.
        _wideCodes ??= s.Buffer[s.Pos + 1] == 0;
        _tagOffset = s.Offset;
        int code = s.Buffer[s.Pos];
        if (_wideCodes.Value)
        {
            code = BinaryPrimitives.ReadInt16LittleEndian(s.Buffer.AsSpan(s.Pos, 2));
            s.Pos += 2;
        }
        else if (code == 255)
        {
            if (!s.Ensure(3))
            {
                return false;
            }

            code = BinaryPrimitives.ReadInt16LittleEndian(s.Buffer.AsSpan(s.Pos + 1, 2));
            s.Pos += 3;
        }
        else
        {
            s.Pos += 1;
        }

        Code = code;
        _type = DxfGroupCodes.TypeOf(code);
        return ReadValue();
    }

    private bool ReadValue()
    {
        var s = _source;
        switch (_type)
        {
            case DxfValueType.Double:
                if (!s.Ensure(8)) return false;
                _double = BinaryPrimitives.ReadDoubleLittleEndian(s.Buffer.AsSpan(s.Pos, 8));
                s.Pos += 8;
                return true;
            case DxfValueType.Int16:
                return ReadInt(2);
            case DxfValueType.Int32:
                return ReadInt(4);
            case DxfValueType.Int64:
                return ReadInt(8);
            case DxfValueType.Bool:
                return ReadInt(1);
            case DxfValueType.Binary:
                if (!s.Ensure(1)) return false;
                var n = s.Buffer[s.Pos];
                if (!s.Ensure(1 + n)) return false;
                _valueStart = s.Pos + 1;
                _valueLength = n;
                s.Pos += 1 + n;
                return true;
            default:
                return ReadZeroTerminated();
        }
    }

    private bool ReadInt(int size)
    {
        var s = _source;
        if (!s.Ensure(size)) return false;
        var span = s.Buffer.AsSpan(s.Pos, size);
        _long = size switch
        {
            1 => span[0],
            2 => BinaryPrimitives.ReadInt16LittleEndian(span),
            4 => BinaryPrimitives.ReadInt32LittleEndian(span),
            _ => BinaryPrimitives.ReadInt64LittleEndian(span),
        };
        s.Pos += size;
        return true;
    }

    private bool ReadZeroTerminated()
    {
        var s = _source;
        var scanFrom = 0;
        while (true)
        {
            var zero = s.Buffer.AsSpan(s.Pos + scanFrom, s.End - s.Pos - scanFrom).IndexOf((byte)0);
            if (zero >= 0)
            {
                _valueStart = s.Pos;
                _valueLength = scanFrom + zero;
                s.Pos += _valueLength + 1;
                return true;
            }

            scanFrom = s.End - s.Pos;
            if (!s.Fill())
            {
                return false;
            }
        }
    }
}
