namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Chains open curves at shared endpoints (within a tolerance) into contours; a contour is closed when every node has even degree.</summary>
internal sealed class ContourChainer
{
    private readonly CurveCollector _c;
    private readonly double _tol;
    private readonly Dictionary<(long, long), List<int>> _cells = [];
    private readonly List<(double X, double Y)> _nodes = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _degree = [];

    public ContourChainer(CurveCollector curves, double tolerance)
    {
        _c = curves;
        _tol = tolerance;
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

    /// <summary>Finds an existing node within the tolerance (searching the 3×3 neighbouring cells) or adds one.</summary>
    private int NodeAt(double x, double y)
    {
        var cx = (long)Math.Floor(x / _tol);
        var cy = (long)Math.Floor(y / _tol);
        for (var dx = -1L; dx <= 1; dx++)
        {
            for (var dy = -1L; dy <= 1; dy++)
            {
                if (!_cells.TryGetValue((cx + dx, cy + dy), out var list)) continue;
                foreach (var n in list)
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
        if (!_cells.TryGetValue((cx, cy), out var cell)) _cells[(cx, cy)] = cell = [];
        cell.Add(id);
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
