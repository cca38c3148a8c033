using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Dxf;
using Xunit;
using static LaserGrains.Tests.Unit.Extraction.Dxf.DxfSamples;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

public class DxfInsertTests
{
    private static readonly string UnitSquare = Block("SQ", Rectangle(0, 0, 1, 1));

    [Fact]
    public void Analyze_InsertWithScaleAndRotation_TransformsBlock()
    {
        var a = Analyze(File(Entity("INSERT", (2, "SQ"), (10, 10), (20, 20), (41, 2), (42, 3), (50, 90)), blocks: UnitSquare));

        // Scaled to 2 × 3, then turned 90° about the insertion point: x spans 10-3..10, y spans 20..22.
        Assert.Equal(7, a.MinX, 9);
        Assert.Equal(10, a.MaxX, 9);
        Assert.Equal(20, a.MinY, 9);
        Assert.Equal(22, a.MaxY, 9);
        Assert.Equal(10, a.CutLength, 9);
        Assert.Equal(1, a.ClosedContours);
    }

    [Fact]
    public void Analyze_BlockBasePoint_IsSubtracted()
    {
        var blocks = Block("B", Line(5, 5, 6, 5), bx: 5, by: 5);

        var a = Analyze(File(Entity("INSERT", (2, "B"), (10, 0), (20, 0)), blocks: blocks));

        Assert.Equal(0, a.MinX, 9);
        Assert.Equal(1, a.MaxX, 9);
    }

    [Fact]
    public void Analyze_NegativeXScale_MirrorsArc()
    {
        var blocks = Block("A", Entity("ARC", (10, 0), (20, 0), (40, 1), (50, 0), (51, 90)));

        var a = Analyze(File(Entity("INSERT", (2, "A"), (10, 0), (20, 0), (41, -1)), blocks: blocks));

        Assert.Equal(-1, a.MinX, 9);
        Assert.Equal(0, a.MaxX, 9);
        Assert.Equal(1, a.MaxY, 9);
        Assert.Equal(Math.PI / 2, a.CutLength, 9);
    }

    [Fact]
    public void Analyze_NestedInserts_ComposeTransforms()
    {
        var blocks = UnitSquare + Block("TWO", Entity("INSERT", (2, "SQ"), (10, 0), (20, 0)) + Entity("INSERT", (2, "SQ"), (10, 3), (20, 0)));

        var a = Analyze(File(Entity("INSERT", (2, "TWO"), (10, 100), (20, 0), (41, 10), (42, 10)), blocks: blocks));

        Assert.Equal(100, a.MinX, 9);
        Assert.Equal(140, a.MaxX, 9);
        Assert.Equal(80, a.CutLength, 9);
        Assert.Equal(2, a.ClosedContours);
    }

    [Fact]
    public void Analyze_MinsertArray_RepeatsOnGrid()
    {
        var a = Analyze(File(Entity("INSERT", (2, "SQ"), (10, 0), (20, 0), (70, 3), (71, 2), (44, 5), (45, 4)), blocks: UnitSquare));

        Assert.Equal(6, a.ClosedContours);
        Assert.Equal(24, a.CutLength, 9);
        Assert.Equal(11, a.Width, 9);
        Assert.Equal(5, a.Height, 9);
    }

    [Fact]
    public void Analyze_BlockEntityOnLayerZero_InheritsInsertLayer()
    {
        var a = Analyze(File(Entity("INSERT", (8, "CUT"), (2, "SQ"), (10, 0), (20, 0)), blocks: UnitSquare));

        Assert.Contains("CUT", a.Layers);
        Assert.DoesNotContain("0", a.Layers);
    }

    [Fact]
    public void Analyze_BlockIncludingItselfThroughAnother_ThrowsRecursionError()
    {
        var blocks = Block("A", Entity("INSERT", (2, "B"), (10, 0), (20, 0))) + Block("B", Line(0, 0, 1, 0) + Entity("INSERT", (2, "A"), (10, 1), (20, 0)));

        var ex = Assert.Throws<ExtractionFailedException>(() => Analyze(File(Entity("INSERT", (2, "A"), (10, 0), (20, 0)), blocks: blocks)));

        Assert.Equal("block_recursion", ex.Code);
        Assert.Contains("includes itself", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NestingDeeperThanLimit_ThrowsLimitExceeded()
    {
        var blocks = UnitSquare + Block("L1", Entity("INSERT", (2, "SQ"))) + Block("L2", Entity("INSERT", (2, "L1")));
        var text = File(Entity("INSERT", (2, "L2")), blocks: blocks);

        var ex = Assert.Throws<ExtractionFailedException>(() => Analyze(text, new DxfAnalyzerOptions { MaxNestingDepth = 2 }));

        Assert.Equal("limit_exceeded", ex.Code);
        Assert.Equal(4, Analyze(text, new DxfAnalyzerOptions { MaxNestingDepth = 3 }).CutLength, 9);
    }

    [Fact]
    public void Analyze_HugeArrayBeyondEntityLimit_ThrowsLimitExceeded()
    {
        var text = File(Entity("INSERT", (2, "SQ"), (70, 1000), (71, 1000), (44, 2), (45, 2)), blocks: UnitSquare);

        var ex = Assert.Throws<ExtractionFailedException>(() => Analyze(text, new DxfAnalyzerOptions { MaxEntities = 10_000 }));

        Assert.Equal("limit_exceeded", ex.Code);
    }

    [Fact]
    public void Analyze_CancelledToken_Throws()
    {
        var text = File(Entity("INSERT", (2, "SQ"), (70, 100), (71, 100), (44, 2), (45, 2)), blocks: UnitSquare);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DxfAnalyzer.Analyze(Read(text), null, cts.Token));
    }
}
