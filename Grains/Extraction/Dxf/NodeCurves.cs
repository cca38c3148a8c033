namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Per node, the curves of closed components that end there, in curve order, as one flat pooled array.</summary>
/// <remarks>Replaces a Dictionary of small lists: one list per node meant ten thousand allocations for a 10k-line map.</remarks>
internal sealed class NodeCurves : IDisposable
{
    private readonly PooledBuffer<int> _offset;
    private readonly PooledBuffer<int> _curves;

    public NodeCurves(ContourChainer chain, PooledBuffer<bool> openRoot)
    {
        var nodes = chain.NodeCount;
        _offset = new PooledBuffer<int>(nodes + 1);
        _offset.SetCount(nodes + 1);
        _offset.Span.Clear();
        var ends = chain.Ends;

        // Count per node (shifted by one), prefix-sum into start offsets, then fill in curve order.
        var total = 0;
        for (var i = 0; i < ends.Count; i++)
        {
            var (a, b) = ends[i];
            if (a < 0 || openRoot[chain.Component[a]]) continue;
            _offset[a + 1]++;
            _offset[b + 1]++;
            total += 2;
        }

        for (var n = 0; n < nodes; n++) _offset[n + 1] += _offset[n];
        _curves = new PooledBuffer<int>(total);
        _curves.SetCount(total);
        using var fill = new PooledBuffer<int>(nodes);
        fill.SetCount(nodes);
        _offset.Span[..nodes].CopyTo(fill.Span);
        for (var i = 0; i < ends.Count; i++)
        {
            var (a, b) = ends[i];
            if (a < 0 || openRoot[chain.Component[a]]) continue;
            _curves[fill[a]++] = i;
            _curves[fill[b]++] = i;
        }
    }

    /// <summary>The first curve at <paramref name="node"/> not used yet, or -1.</summary>
    public int FirstUnused(int node, PooledBuffer<bool> used)
    {
        for (int k = _offset[node], end = _offset[node + 1]; k < end; k++)
        {
            var curve = _curves[k];
            if (!used[curve]) return curve;
        }

        return -1;
    }

    public void Dispose()
    {
        _offset.Dispose();
        _curves.Dispose();
    }
}
