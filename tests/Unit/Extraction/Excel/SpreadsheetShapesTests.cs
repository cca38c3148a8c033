using LaserGrains.Grains.Extraction.Excel;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Excel;

public sealed class SpreadsheetShapesTests
{
    private static readonly XlsxExtractor Extractor = new();

    private static IReadOnlyList<JobSheetPart> Read(params (string Name, Action<ClosedXML.Excel.IXLWorksheet> Fill)[] sheets) =>
        Run.Extract(Extractor, FileKind.Xlsx, JobSheets.Save(wb =>
        {
            foreach (var (name, fill) in sheets) fill(wb.AddWorksheet(name));
        })).Parts;

    [Fact]
    public void ProfileCutList_SectionsZeroRowsAndTotalsSkipped_LengthsRead()
    {
        var parts = Read(("Cut list", s => CutListSheets.Profiles(s)));

        Assert.Equal(["RHS-40x40x3", "RHS-40x40x3", "FL-50x6"], parts.Select(p => p.PartName));
        Assert.Equal([1200.0, 860.0, 300.0], parts.Select(p => p.LengthMm!.Value));
        // The first "Qty" column is the count to cut; the second counts something else.
        Assert.Equal([4, 2, 12], parts.Select(p => p.Quantity!.Value));
        Assert.All(parts, p => Assert.Equal(p.PartName, p.PartNumber));
    }

    [Fact]
    public void ProfileCutList_OverTwoSheets_ReadsBoth()
    {
        var parts = Read(("Frame", s => CutListSheets.Profiles(s)), ("Legs", s => CutListSheets.Profiles(s, "JB-4420")));

        Assert.Equal(6, parts.Count);
        Assert.Equal(["Frame", "Legs"], parts.Select(p => p.Sheet).Distinct());
    }

    [Fact]
    public void InchCutList_LateHeaderCountAtLengthAndRanges_ExampleNotRead()
    {
        var parts = Read(("Cuts", CutListSheets.Inches));

        Assert.Equal(["Upright", "Shelf rail", "Brace"], parts.Select(p => p.PartName));
        Assert.Equal(4, parts[0].Quantity);
        Assert.Equal(72 * 25.4, parts[0].LengthMm!.Value, 3);
        Assert.Equal(36 * 25.4, parts[1].LengthMm!.Value, 3);
        Assert.Equal(8, parts[1].Quantity);
        Assert.Equal(22.5 * 25.4, parts[2].LengthMm!.Value, 3);
        Assert.Equal(2, parts[2].Quantity);
    }

    [Fact]
    public void ChineseBom_MaterialColumnHoldingNames_GivesPartNames()
    {
        var parts = Read(("BOM", CutListSheets.ChineseBom));

        Assert.Equal(["安装底板", "侧板"], parts.Select(p => p.PartName));
        Assert.Equal(["MS", "SS"], parts.Select(p => p.MaterialCode));
        Assert.Equal(["Q235", "304"], parts.Select(p => p.Grade));
        Assert.Equal([4, 2], parts.Select(p => p.Quantity!.Value));
        Assert.Equal([6.0, 2.0], parts.Select(p => p.ThicknessMm!.Value));
    }

    [Fact]
    public void JobSheet_NameFromDescription_NumberBeside_MaterialsNormalised_PricingNotRead()
    {
        var parts = Read(("Job", CutListSheets.JobSheetWithPricing));

        Assert.Equal(["Base plate", "Side cheek", "Lid", "Gasket"], parts.Select(p => p.PartName));
        Assert.Equal(["P-001", "P-002", "P-003", "P-004"], parts.Select(p => p.PartNumber));
        Assert.Equal(["Stainless Steel", "Aluminium", "Mild Steel", "Valchromat"], parts.Select(p => p.Material));
        Assert.Equal(["SS", "AL", "MS", null], parts.Select(p => p.MaterialCode));
        Assert.Equal(["304", "5083", null, null], parts.Select(p => p.Grade));
        Assert.Equal(["304 S/S", "Ali 5083", "MS", "Valchromat"], parts.Select(p => p.MaterialText));
        Assert.Equal([4, 2, 6, 1], parts.Select(p => p.Quantity!.Value));
        Assert.Equal([3.0, 5.0, 2.0, 8.0], parts.Select(p => p.ThicknessMm!.Value));
    }

    [Fact]
    public void GermanSheet_SynonymsUnitsInHeaderAndLengthWidth()
    {
        var parts = Read(("Teile", CutListSheets.German));

        Assert.Equal(["Winkel", "Deckel"], parts.Select(p => p.PartName));
        Assert.Equal([6, 2], parts.Select(p => p.Quantity!.Value));
        Assert.Equal(["S355J2", "1.4301"], parts.Select(p => p.Grade));
        Assert.Equal([120.0, 400.0], parts.Select(p => p.LengthMm!.Value));
        Assert.Equal([80.0, 300.0], parts.Select(p => p.WidthMm!.Value));
        Assert.All(parts, p => Assert.Null(p.PartNumber));
    }
}
