using Xunit;
using static LaserGrains.Tests.Unit.Extraction.Dxf.DxfSamples;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

public class DxfGeometryTests
{
    [Fact]
    public void Analyze_QuarterArc_LengthIsArcLengthAndBoxUsesExtremes()
    {
        // 30°..120° of r = 10 passes through the top extreme (0, 10), which neither end point reaches.
        var a = Analyze(File(Entity("ARC", (10, 0), (20, 0), (40, 10), (50, 30), (51, 120))));

        Assert.Equal(10 * Math.PI / 2, a.CutLength, 9);
        Assert.Equal(10, a.MaxY, 9);
        Assert.Equal(10 * Math.Cos(Math.PI / 6) - (-10 * Math.Cos(Math.PI / 3)) , a.Width, 9);
        Assert.Equal(0, a.ClosedContours);
        Assert.Equal(1, a.OpenContours);
    }

    [Fact]
    public void Analyze_ArcAcrossZeroDegrees_SweepsCounterClockwise()
    {
        var a = Analyze(File(Entity("ARC", (10, 0), (20, 0), (40, 1), (50, 350), (51, 10))));

        Assert.Equal(Math.PI / 9, a.CutLength, 9);
        Assert.Equal(1, a.MaxX, 9);
    }

    [Fact]
    public void Analyze_Circle_IsClosedWithCircleAreaAndLength()
    {
        var a = Analyze(File(Circle(5, 5, 2)));

        Assert.Equal(4 * Math.PI, a.CutLength, 9);
        Assert.Equal(1, a.ClosedContours);
        Assert.Equal(1, a.Pierces);
        Assert.Equal(4, a.Width, 9);
        Assert.InRange(a.NetArea, Math.PI * 4 * 0.9995, Math.PI * 4); // an inscribed polygon: never larger
    }

    [Fact]
    public void Analyze_LwPolylineWithBulge_SemicircleSegment()
    {
        // Closed: (0,0)->(10,0) straight, (10,0)->(10,10) with bulge 1 (half circle bulging right), back to (0,0)... via (0,10).
        var a = Analyze(File(Entity("LWPOLYLINE", (90, 4), (70, 1),
            (10, 0), (20, 0), (10, 10), (20, 0), (42, 1), (10, 10), (20, 10), (10, 0), (20, 10))));

        Assert.Equal(30 + (5 * Math.PI), a.CutLength, 9);
        Assert.Equal(15, a.MaxX, 9);
        Assert.Equal(1, a.ClosedContours);
        Assert.Equal(100 + (Math.PI * 25 / 2), a.NetArea, 1);
    }

    [Fact]
    public void Analyze_NegativeBulge_BulgesToTheOtherSide()
    {
        var a = Analyze(File(Entity("LWPOLYLINE", (90, 2), (70, 0), (10, 0), (20, 0), (42, -1), (10, 10), (20, 0))));

        // Clockwise from the left end about (5, 0) passes over the top.
        Assert.Equal(5 * Math.PI, a.CutLength, 9);
        Assert.Equal(0, a.MinY, 9);
        Assert.Equal(5, a.MaxY, 9);
    }

    [Fact]
    public void Analyze_PolylineWithVertices_ReadsBulgesUntilSeqend()
    {
        var text = File(Entity("POLYLINE", (66, 1), (70, 1), (10, 0), (20, 0), (30, 0))
            + Entity("VERTEX", (10, 0), (20, 0), (42, 1))
            + Entity("VERTEX", (10, 0), (20, 10), (42, 1))
            + Entity("SEQEND")
            + Line(100, 0, 101, 0));

        var a = Analyze(text);

        Assert.Equal((10 * Math.PI) + 1, a.CutLength, 9);
        Assert.Equal(2, a.Curves);
        Assert.Equal(1, a.ClosedContours);
        Assert.Equal(1, a.OpenContours);
    }

    [Fact]
    public void Analyze_ExtrusionDownwards_MirrorsX()
    {
        var a = Analyze(File(Entity("CIRCLE", (10, 5), (20, 1), (40, 1), (210, 0), (220, 0), (230, -1))));

        Assert.Equal(-6, a.MinX, 9);
        Assert.Equal(-4, a.MaxX, 9);
        Assert.Equal(0, a.MinY, 9);
    }

    [Fact]
    public void Analyze_MirroredArc_GoesClockwiseInWorld()
    {
        // Arc 0°..90° at the origin with extrusion -Z: OCS x = -WCS x, so it covers the world's second quadrant.
        var a = Analyze(File(Entity("ARC", (10, 0), (20, 0), (40, 1), (50, 0), (51, 90), (230, -1))));

        Assert.Equal(-1, a.MinX, 9);
        Assert.Equal(0, a.MaxX, 9);
        Assert.Equal(1, a.MaxY, 9);
    }

    [Fact]
    public void Analyze_FullEllipse_IsClosedWithRamanujanLength()
    {
        var a = Analyze(File(Entity("ELLIPSE", (10, 0), (20, 0), (11, 10), (21, 0), (40, 0.5), (41, 0), (42, 2 * Math.PI))));

        double ra = 10, rb = 5, h = Math.Pow(ra - rb, 2) / Math.Pow(ra + rb, 2);
        var ramanujan = Math.PI * (ra + rb) * (1 + (3 * h / (10 + Math.Sqrt(4 - (3 * h)))));
        Assert.Equal(ramanujan, a.CutLength, 6);
        Assert.Equal(1, a.ClosedContours);
        Assert.Equal(20, a.Width, 9);
        Assert.Equal(10, a.Height, 9);
    }

    [Fact]
    public void Analyze_HalfEllipse_IsOpenAndHalfLong()
    {
        var full = Analyze(File(Entity("ELLIPSE", (10, 0), (20, 0), (11, 0), (21, 8), (40, 0.25))));
        var half = Analyze(File(Entity("ELLIPSE", (10, 0), (20, 0), (11, 0), (21, 8), (40, 0.25), (41, 0), (42, Math.PI))));

        Assert.Equal(full.CutLength / 2, half.CutLength, 6);
        Assert.Equal(1, half.OpenContours);
        Assert.Equal(-2, half.MinX, 9); // major axis along +Y: the half from t=0 to π sweeps through -X
        Assert.Equal(0, half.MaxX, 9);
    }

    [Fact]
    public void Analyze_RationalQuadraticSpline_IsAnExactQuarterCircle()
    {
        var w = Math.Sqrt(0.5);
        var a = Analyze(File(Entity("SPLINE", (70, 12), (71, 2), (72, 6), (73, 3),
            (40, 0), (40, 0), (40, 0), (40, 1), (40, 1), (40, 1), (41, 1), (41, w), (41, 1),
            (10, 10), (20, 0), (30, 0), (10, 10), (20, 10), (30, 0), (10, 0), (20, 10), (30, 0))));

        Assert.Equal(10 * Math.PI / 2, a.CutLength, 3);
        Assert.Equal(10, a.Width, 6);
    }

    [Fact]
    public void Analyze_SplineWithFitPointsOnly_PassesThroughThem()
    {
        var a = Analyze(File(Entity("SPLINE", (70, 8), (71, 3), (74, 4),
            (11, 0), (21, 0), (11, 1), (21, 1), (11, 2), (21, 0), (11, 3), (21, 1))));

        Assert.Equal(0, a.MinX, 9);
        Assert.Equal(3, a.MaxX, 9);
        Assert.True(a.MaxY >= 1 - 1e-9, "curve must reach the fit points at y = 1");
        Assert.True(a.CutLength > Math.Sqrt(2) * 3 - 1e-6, "an interpolating curve is at least as long as the polyline through its fit points");
        Assert.True(a.CutLength < 6, "and not wildly longer");
    }

    [Fact]
    public void Analyze_LinearSpline_MatchesPolylineLength()
    {
        var a = Analyze(File(Entity("SPLINE", (71, 1), (72, 5), (73, 3), (40, 0), (40, 0), (40, 1), (40, 2), (40, 2),
            (10, 0), (20, 0), (10, 3), (20, 4), (10, 6), (20, 0))));

        Assert.Equal(10, a.CutLength, 6);
    }

    [Fact]
    public void Analyze_SquareOfLines_ChainsIntoOneClosedContour()
    {
        var a = Analyze(File(Rectangle(0, 0, 10, 5)));

        Assert.Equal(1, a.ClosedContours);
        Assert.Equal(0, a.OpenContours);
        Assert.Equal(50, a.NetArea, 6);
    }

    [Fact]
    public void Analyze_PlateWithHole_NetAreaSubtractsHole()
    {
        var a = Analyze(File(Rectangle(0, 0, 100, 50) + Circle(50, 25, 10)));

        Assert.Equal(2, a.ClosedContours);
        Assert.Equal(5000 - (Math.PI * 100), a.NetArea, 0);
        var hole = Assert.Single(a.Holes);
        Assert.Equal(20, hole.Size, 2);
    }

    [Fact]
    public void Analyze_PointAndText_AreNotCutGeometry()
    {
        var a = Analyze(File(Entity("POINT", (10, 50), (20, 50)) + Entity("TEXT", (10, 0), (20, 0), (40, 2), (1, "HELLO")) + Line(0, 0, 1, 0)));

        Assert.Equal(1, a.Width, 9);
        Assert.Equal(1, a.CutLength, 9);
        Assert.Equal("HELLO", Assert.Single(a.Texts).Value);
        Assert.Equal(1, a.EntityCounts["POINT"]);
    }
}
