using System.Buffers;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>An open-addressing map from a grid cell (cx, cy) to the newest node in it, on pooled arrays.</summary>
/// <remarks>
/// Replaces a Dictionary keyed by a (long, long) tuple: endpoint chaining does two lookups per curve end, and the
/// tuple comparer plus per-file table growth dominated the analysis of the 10k-segment maps.
/// </remarks>
internal struct CellTable : IDisposable
{
    private readonly long[] _cx;
    private readonly long[] _cy;
    private int[] _head;
    private readonly int _mask;

    /// <summary>A table for up to <paramref name="maxCells"/> cells, kept at most half full.</summary>
    public CellTable(int maxCells)
    {
        var size = 64;
        while (size < 2 * maxCells) size <<= 1;
        _mask = size - 1;
        _cx = ArrayPool<long>.Shared.Rent(size);
        _cy = ArrayPool<long>.Shared.Rent(size);
        _head = ArrayPool<int>.Shared.Rent(size);
        _head.AsSpan(0, size).Fill(-1);
    }

    /// <summary>The newest node in the cell, or -1.</summary>
    public readonly int Head(long cx, long cy)
    {
        for (var s = Slot(cx, cy); ; s = (s + 1) & _mask)
        {
            var h = _head[s];
            if (h < 0 || (_cx[s] == cx && _cy[s] == cy)) return h;
        }
    }

    /// <summary>Makes <paramref name="node"/> the cell's newest node and returns the previous one (or -1).</summary>
    public readonly int Push(long cx, long cy, int node)
    {
        for (var s = Slot(cx, cy); ; s = (s + 1) & _mask)
        {
            var h = _head[s];
            if (h < 0)
            {
                _cx[s] = cx;
                _cy[s] = cy;
                _head[s] = node;
                return -1;
            }

            if (_cx[s] == cx && _cy[s] == cy)
            {
                _head[s] = node;
                return h;
            }
        }
    }

    public void Dispose()
    {
        if (_head is null) return;
        ArrayPool<long>.Shared.Return(_cx);
        ArrayPool<long>.Shared.Return(_cy);
        ArrayPool<int>.Shared.Return(_head);
        _head = null!;
    }

    private readonly int Slot(long cx, long cy)
    {
        // Multiplicative mixing: neighbouring cells land far apart, so runs of occupied slots stay short.
        var h = ((ulong)cx * 0x9E3779B97F4A7C15UL) ^ ((ulong)cy * 0xC2B2AE3D27D4EB4FUL);
        return (int)((h ^ (h >> 29)) & (ulong)_mask);
    }
}
