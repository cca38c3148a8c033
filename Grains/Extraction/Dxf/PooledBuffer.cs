using System.Buffers;

namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A growable array of plain values rented from the shared pool, returned by <see cref="Dispose"/>.</summary>
/// <remarks>
/// Per-file scratch (points, curve records, nodes) reaches hundreds of KB for the large maps; renting it lets the next
/// file reuse the same memory instead of allocating large-object-heap arrays that are zeroed and page-faulted anew.
/// </remarks>
internal sealed class PooledBuffer<T>(int capacity) : IDisposable
    where T : unmanaged
{
    private T[] _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    /// <summary>The item at <paramref name="i"/> by reference; the caller keeps <paramref name="i"/> below <see cref="Count"/>.</summary>
    public ref T this[int i] => ref _items[i];

    public Span<T> Span => _items.AsSpan(0, Count);

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = item;
    }

    /// <summary>Sets the count, growing if needed; new items are not cleared (rented memory holds old values).</summary>
    public void SetCount(int count)
    {
        if (count > _items.Length)
        {
            Grow(count);
        }

        Count = count;
    }

    public void Clear() => Count = 0;

    public T[] ToArray() => Span.ToArray();

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
        }

        Count = 0;
    }

    private void Grow(int min)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(min, _items.Length * 2));
        _items.AsSpan(0, Count).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(_items);
        _items = bigger;
    }
}
