namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>Accumulates flattened cut curves, their exact lengths and the true-curve bounding box.</summary>
internal sealed class CurveCollector : IDisposable
{
    private readonly PooledBuffer<double> _xs = new(1024);
    private readonly PooledBuffer<double> _ys = new(1024);
    private int _start;
    private double _length;
    private double _spatial;
    private int _layer;
    private readonly Dictionary<string, int> _layerIds = new(StringComparer.Ordinal);

    public int PointCount { get; private set; }

    public PooledBuffer<CurveRecord> Curves { get; } = new(256);

    public List<string> LayerNames { get; } = [];

    public double MinX { get; private set; } = double.PositiveInfinity;
    public double MinY { get; private set; } = double.PositiveInfinity;
    public double MaxX { get; private set; } = double.NegativeInfinity;
    public double MaxY { get; private set; } = double.NegativeInfinity;

    public bool HasExtent => MinX <= MaxX;

    public double X(int i) => _xs[i];

    public double Y(int i) => _ys[i];

    public void Begin(string layer)
    {
        _start = PointCount;
        _length = 0;
        _spatial = 0;
        if (!_layerIds.TryGetValue(layer, out _layer))
        {
            _layer = LayerNames.Count;
            _layerIds[layer] = _layer;
            LayerNames.Add(layer);
        }
    }

    public void Point(double x, double y)
    {
        // Both buffers always hold exactly PointCount items (End drops a degenerate curve's points from both).
        _xs.Add(x);
        _ys.Add(y);
        PointCount++;
        Extent(x, y);
    }

    /// <summary>Adds a point that bounds the curve without being a vertex (an arc's extreme).</summary>
    public void Extent(double x, double y)
    {
        if (x < MinX) MinX = x;
        if (x > MaxX) MaxX = x;
        if (y < MinY) MinY = y;
        if (y > MaxY) MaxY = y;
    }

    public void AddLength(double length)
    {
        _length += length;
        _spatial += length;
    }

    /// <summary>A segment whose ends differ in Z: the cutter follows its XY shadow, the reference measures it in space.</summary>
    public void AddLength(double planar, double spatial)
    {
        _length += planar;
        _spatial += spatial;
    }

    /// <summary>Whether the current curve's first and last points are within <paramref name="tolerance"/>.</summary>
    public bool EndsMeet(double tolerance) =>
        PointCount - _start > 2
        && Math.Abs(_xs[_start] - _xs[PointCount - 1]) <= tolerance
        && Math.Abs(_ys[_start] - _ys[PointCount - 1]) <= tolerance;

    /// <summary>Ends the curve; it is closed when declared so or when its ends meet.</summary>
    public void End(bool closed)
    {
        var count = PointCount - _start;
        if (count < 2)
        {
            PointCount = _start;
            _xs.SetCount(_start);
            _ys.SetCount(_start);
            return;
        }

        if (!closed && count > 2)
        {
            var dx = _xs[_start] - _xs[PointCount - 1];
            var dy = _ys[_start] - _ys[PointCount - 1];
            var scale = Math.Max(Math.Abs(_xs[_start]), Math.Abs(_ys[_start]));
            closed = Math.Abs(dx) <= 1e-9 + (1e-9 * scale) && Math.Abs(dy) <= 1e-9 + (1e-9 * scale);
        }

        Curves.Add(new CurveRecord(_start, count, _length, closed, _layer, _spatial));
    }

    /// <summary>Returns the pooled buffers; the collector must not be used afterwards.</summary>
    public void Dispose()
    {
        _xs.Dispose();
        _ys.Dispose();
        Curves.Dispose();
    }
}
