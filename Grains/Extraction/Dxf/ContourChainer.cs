namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Chains open curves at shared endpoints (within a tolerance) into contours; a contour is closed when every node has even degree.</summary>
internal sealed class ContourChainer : IDisposable
{
    private readonly CurveCollector _c;
    private readonly double _tol;
    private readonly double _cell;
    private readonly PooledBuffer<double> _nodeX = new(256);
    private readonly PooledBuffer<double> _nodeY = new(256);
    private readonly PooledBuffer<int> _parent = new(256);
    private readonly PooledBuffer<int> _degree = new(256);
    private readonly PooledBuffer<int> _nextInCell = new(256);
    private CellTable _cells;

    public ContourChainer(CurveCollector curves, double tolerance)
    {
        _c = curves;
        _tol = tolerance;

        // Cells four times the tolerance: a neighbour cell can only hold a match when the point is near the border.
        _cell = tolerance * 4;
    }

    /// <summary>Per curve, its start and end node; (-1, -1) for closed curves.</summary>
    public PooledBuffer<(int A, int B)> Ends { get; } = new(256);

    /// <summary>Per node: its component root, filled by <see cref="Chain"/>.</summary>
    public PooledBuffer<int> Component { get; } = new(256);

    public int ClosedSingles { get; private set; }

    public int ClosedChains { get; private set; }

    public int OpenChains { get; private set; }

    /// <summary>Nodes with odd degree: the loose ends of open contours.</summary>
    public List<(double X, double Y, int Curve)> LooseEnds { get; } = [];

    public int NodeCount => _nodeX.Count;

    public (double X, double Y) Node(int i) => (_nodeX[i], _nodeY[i]);

    public void Chain()
    {
        var curves = _c.Curves;
        Ends.SetCount(curves.Count);

        // At most two nodes per curve: size the cell table once so it never rehashes.
        _cells = new CellTable(2 * curves.Count);
        for (var i = 0; i < curves.Count; i++)
        {
            var r = curves[i];
            if (r.Closed)
            {
                ClosedSingles++;
                Ends[i] = (-1, -1);
                continue;
            }

            var last = r.Start + r.Count - 1;
            var a = NodeAt(_c.X(r.Start), _c.Y(r.Start));
            var b = NodeAt(_c.X(last), _c.Y(last));
            Ends[i] = (a, b);
            _degree[a]++;
            _degree[b]++;
            Union(a, b);
        }

        Classify();
    }

    public void Dispose()
    {
        _nodeX.Dispose();
        _nodeY.Dispose();
        _parent.Dispose();
        _degree.Dispose();
        _nextInCell.Dispose();
        _cells.Dispose();
        Ends.Dispose();
        Component.Dispose();
    }

    private void Classify()
    {
        var nodes = NodeCount;
        Component.SetCount(nodes);

        // Per root: whether any node of its component has odd degree (only roots' slots are meaningful).
        using var odd = new PooledBuffer<bool>(nodes);
        odd.SetCount(nodes);
        odd.Span.Clear();
        for (var n = 0; n < nodes; n++)
        {
            var root = Find(n);
            Component[n] = root;
            odd[root] |= (_degree[n] & 1) == 1;
        }

        for (var n = 0; n < nodes; n++)
        {
            if (Component[n] != n) continue;
            if (odd[n]) OpenChains++;
            else ClosedChains++;
        }

        for (var i = 0; i < Ends.Count; i++)
        {
            var (a, b) = Ends[i];
            if (a < 0) continue;
            if ((_degree[a] & 1) == 1) LooseEnds.Add((_nodeX[a], _nodeY[a], i));
            if ((_degree[b] & 1) == 1 && b != a) LooseEnds.Add((_nodeX[b], _nodeY[b], i));
        }
    }

    /// <summary>Finds an existing node within the tolerance or adds one; cells are searched only where a match can be.</summary>
    private int NodeAt(double x, double y)
    {
        var fx = x / _cell;
        var fy = y / _cell;
        var cx = (long)Math.Floor(fx);
        var cy = (long)Math.Floor(fy);
        var rx = fx - cx;
        var ry = fy - cy;
        int x0 = rx < 0.25 ? -1 : 0, x1 = rx > 0.75 ? 1 : 0;
        int y0 = ry < 0.25 ? -1 : 0, y1 = ry > 0.75 ? 1 : 0;
        for (var dx = x0; dx <= x1; dx++)
        {
            for (var dy = y0; dy <= y1; dy++)
            {
                for (var n = _cells.Head(cx + dx, cy + dy); n >= 0; n = _nextInCell[n])
                {
                    if (Math.Abs(_nodeX[n] - x) <= _tol && Math.Abs(_nodeY[n] - y) <= _tol) return n;
                }
            }
        }

        var id = NodeCount;
        _nodeX.Add(x);
        _nodeY.Add(y);
        _parent.Add(id);
        _degree.Add(0);
        _nextInCell.Add(_cells.Push(cx, cy, id));
        return id;
    }

    private int Find(int a)
    {
        while (_parent[a] != a)
        {
            _parent[a] = _parent[_parent[a]];
            a = _parent[a];
        }

        return a;
    }

    private void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb) _parent[ra] = rb;
    }
}
