namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Chains open curves at shared endpoints (within a tolerance) into contours; a contour is closed when every node has even degree.</summary>
internal sealed class ContourChainer
{
    private readonly CurveCollector _c;
    private readonly double _tol;
    private readonly Dictionary<(long, long), int> _cellHead = [];
    private readonly List<int> _nextInCell = [];
    private readonly double _cell;
    private readonly List<(double X, double Y)> _nodes = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _degree = [];

    public ContourChainer(CurveCollector curves, double tolerance)
    {
        _c = curves;
        _tol = tolerance;

        // Cells four times the tolerance: a neighbour cell can only hold a match when the point is near the border.
        _cell = tolerance * 4;
    }

    /// <summary>Per open curve, its start and end node.</summary>
    public (int A, int B)[] Ends { get; private set; } = [];

    /// <summary>Per node: its component root, filled by <see cref="Chain"/>.</summary>
    public int[] Component { get; private set; } = [];

    public int ClosedSingles { get; private set; }

    public int ClosedChains { get; private set; }

    public int OpenChains { get; private set; }

    /// <summary>Nodes with odd degree: the loose ends of open contours.</summary>
    public List<(double X, double Y, int Curve)> LooseEnds { get; } = [];

    public int NodeCount => _nodes.Count;

    public (double X, double Y) Node(int i) => _nodes[i];

    public void Chain()
    {
        var curves = _c.Curves;
        Ends = new (int, int)[curves.Count];
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

    private void Classify()
    {
        Component = new int[_nodes.Count];
        var odd = new Dictionary<int, bool>();
        for (var n = 0; n < _nodes.Count; n++)
        {
            var root = Find(n);
            Component[n] = root;
            odd[root] = odd.GetValueOrDefault(root) || (_degree[n] & 1) == 1;
        }

        foreach (var isOpen in odd.Values)
        {
            if (isOpen) OpenChains++;
            else ClosedChains++;
        }

        for (var i = 0; i < Ends.Length; i++)
        {
            var (a, b) = Ends[i];
            if (a < 0) continue;
            if ((_degree[a] & 1) == 1) LooseEnds.Add((_nodes[a].X, _nodes[a].Y, i));
            if ((_degree[b] & 1) == 1 && b != a) LooseEnds.Add((_nodes[b].X, _nodes[b].Y, i));
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
                if (!_cellHead.TryGetValue((cx + dx, cy + dy), out var n)) continue;
                for (; n >= 0; n = _nextInCell[n])
                {
                    var q = _nodes[n];
                    if (Math.Abs(q.X - x) <= _tol && Math.Abs(q.Y - y) <= _tol) return n;
                }
            }
        }

        var id = _nodes.Count;
        _nodes.Add((x, y));
        _parent.Add(id);
        _degree.Add(0);
        _nextInCell.Add(_cellHead.TryGetValue((cx, cy), out var head) ? head : -1);
        _cellHead[(cx, cy)] = id;
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
