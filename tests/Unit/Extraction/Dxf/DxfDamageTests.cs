using LaserGrains.Grains.Extraction;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

public sealed class DxfDamageTests
{
    [Fact]
    public void BrokenTagPair_IsResynchronised_WithARecoveredWarningSayingWhere()
    {
        // The second LINE lost its "10" code line, so its x value sits where a group code belongs.
        var broken = "  0\nLINE\n  8\n0\n5.5\n20\n0\n 11\n10\n 21\n0\n";
        var dxf = DxfSamples.File(DxfSamples.Line(0, 0, 100, 0) + broken + DxfSamples.Circle(50, 50, 10));

        var result = DxfSamples.Extract(dxf);

        var warning = Assert.Single(result.Warnings, w => w.StartsWith("recovered:", StringComparison.Ordinal));
        Assert.Contains("found \"5.5\"", warning, StringComparison.Ordinal);
        Assert.Matches(@"at line \d+", warning);
        Assert.Contains(result.Defects, d => d.Code == "recovered");
        // The LINE before and the CIRCLE after the damage are both read.
        Assert.Equal(100 + (2 * Math.PI * 10), result.Geometry!.CutLengthMm, 3);
    }

    [Fact]
    public void IntactFile_HasNoRecoveredWarning() =>
        Assert.DoesNotContain(DxfSamples.Extract(DxfSamples.File(DxfSamples.Line(0, 0, 10, 0))).Warnings, w => w.StartsWith("recovered", StringComparison.Ordinal));

    [Fact]
    public void GarbageEverywhere_FailsAsInvalidFileInsteadOfReadingNothing()
    {
        var garbage = string.Concat(Enumerable.Range(0, 150).Select(i => $"  0\nLINE\nnot-a-code-{i}\n"));

        var ex = Assert.Throws<ExtractionFailedException>(() => DxfSamples.Extract(DxfSamples.File(garbage)));

        Assert.Equal("invalid_file", ex.Code);
    }

    [Fact]
    public void MetresMakingA140MetrePart_IsUnitsImplausible_WithItsSizeInMillimetres()
    {
        var dxf = DxfSamples.File(DxfSamples.Rectangle(0, 0, 140, 60), header: DxfSamples.Header(("$INSUNITS", 70, 6)));

        var result = DxfSamples.Extract(dxf);

        var defect = Assert.Single(result.Defects, d => d.Code == "units_implausible");
        Assert.Contains("140000 × 60000 mm", defect.Message, StringComparison.Ordinal);
        Assert.Contains("140 × 60 mm", defect.Message, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.StartsWith("units_implausible:", StringComparison.Ordinal));
    }

    [Fact]
    public void PlausibleDeclaredUnits_AreNotFlagged() =>
        Assert.DoesNotContain(
            DxfSamples.Extract(DxfSamples.File(DxfSamples.Rectangle(0, 0, 140, 60), header: DxfSamples.Header(("$INSUNITS", 70, 4)))).Defects,
            d => d.Code == "units_implausible");
}
