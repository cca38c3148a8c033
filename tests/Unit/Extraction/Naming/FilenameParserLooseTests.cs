using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Naming;

public sealed class FilenameParserLooseTests
{
    [Theory]
    [InlineData("Bracket - 5mm Mild Steel - Qty 10.dxf", "Bracket", "MS", 5.0, 10)]
    [InlineData("mounting_plate_3mm_SS_x25.dxf", "mounting plate", "SS", 3.0, 25)]
    [InlineData("Base Plate 10mm MS 4off.dxf", "Base Plate", "MS", 10.0, 4)]
    [InlineData("gusset 1,5mm aluminium 10pcs.dxf", "gusset", "AL", 1.5, 10)]
    [InlineData("Cover 0.25in 304 stainless qty10.dxf", "Cover", "SS", 6.35, 10)]
    [InlineData("Flange 3/16in inox x 8.dxf", "Flange", "SS", 4.7625, 8)]
    [InlineData("Sign_6mm_perspex_12 off.svg", "Sign", "ACR", 6.0, 12)]
    [InlineData("Lid 2 mm galvanized 3 pcs.dxf", "Lid", "GALV", 2.0, 3)]
    public void Parse_CustomerName_ReadsEachFact(string name, string part, string code, double mm, int qty)
    {
        var m = FilenameParser.Parse(name);

        Assert.Equal(part, m.PartName?.Value);
        Assert.Equal(code, m.MaterialCode?.Value);
        Assert.Equal(mm, m.ThicknessMm!.Value, 2);
        Assert.Equal(qty, m.Quantity?.Value);
    }

    [Fact]
    public void Parse_ProjectCodeInCustomerName_ReadsProjectClientAndLeavesPartNumberAlone()
    {
        var m = FilenameParser.Parse("JB-2026-02-CL0019-003 Base Plate 10mm MS 4off.dxf");

        Assert.Equal("JB-2026-02-CL0019-003", m.ProjectCode?.Value);
        Assert.Equal("CL0019", m.ClientCode?.Value);
        Assert.Equal("Base Plate", m.PartName?.Value);
        Assert.Equal(10.0, m.ThicknessMm?.Value);
        Assert.Equal(4, m.Quantity?.Value);
        Assert.Equal("Mild Steel", m.Material?.Value);
    }

    [Theory]
    [InlineData("Bracket 003.dxf")]
    [InlineData("Part-12-0045.dxf")]
    [InlineData("Plate 100 x 50.dxf")]
    [InlineData("Frame 2x3.dxf")]
    [InlineData("Bar 500mm.dxf")]
    [InlineData("Hinge 1,500mm.dxf")]
    public void Parse_NumbersWithoutMarkers_GiveNoQuantityOrThickness(string name)
    {
        var m = FilenameParser.Parse(name);

        Assert.Null(m.Quantity);
        Assert.Null(m.ThicknessMm);
        Assert.NotNull(m.PartName);
    }

    [Theory]
    [InlineData("Plate 1/4\" MS.dxf", 6.35)]
    [InlineData("Plate 1/4in MS.dxf", 6.35)]
    [InlineData("Plate 0.25in MS.dxf", 6.35)]
    [InlineData("Plate 3/16 in MS.dxf", 4.7625)]
    [InlineData("Plate 1-1/4in MS.dxf", 31.75)]
    public void Parse_InchThickness_ConvertsToMillimetres(string name, double mm)
    {
        var m = FilenameParser.Parse(name);

        Assert.Equal(mm, m.ThicknessMm!.Value, 2);
        Assert.True(m.ThicknessMm.Confidence < StoredNameConfidence);
    }

    [Fact]
    public void Parse_Gauge_IsNotConvertedAndNotTakenForQuantity()
    {
        var m = FilenameParser.Parse("Panel 16ga steel.dxf");

        Assert.Null(m.ThicknessMm);
        Assert.Null(m.Quantity);
        Assert.Equal("Panel", m.PartName?.Value);
        Assert.Equal("MS", m.MaterialCode?.Value);
    }

    [Theory]
    [InlineData("Bracket rev3 5mm MS.dxf", "3")]
    [InlineData("Bracket Rev B 5mm MS.dxf", "B")]
    [InlineData("Bracket_5mm_MS_R2.dxf", "2")]
    [InlineData("Bracket 5mm MS v4.dxf", "4")]
    public void Parse_Revision_ReadAndRemovedFromPart(string name, string revision)
    {
        var m = FilenameParser.Parse(name);

        Assert.Equal(revision, m.Revision?.Value);
        Assert.Equal("Bracket", m.PartName?.Value);
    }

    [Fact]
    public void Parse_RevitWord_IsNotARevision()
    {
        Assert.Null(FilenameParser.Parse("Revit export 5mm.dxf").Revision);
    }

    [Fact]
    public void Parse_TwoDifferentThicknesses_LeavesThicknessUnknown()
    {
        var m = FilenameParser.Parse("Plate 5mm hole 10mm MS.dxf");

        Assert.Null(m.ThicknessMm);
        Assert.Equal("MS", m.MaterialCode?.Value);
    }

    [Fact]
    public void Parse_TwoMaterialsNamedEquallyStrongly_LeavesMaterialUnknown()
    {
        var m = FilenameParser.Parse("steel bracket for aluminium frame.dxf");

        Assert.Null(m.Material);
        Assert.Null(m.MaterialCode);
    }

    [Fact]
    public void Parse_LooseFacts_AreLessSureThanStoredConvention()
    {
        var loose = FilenameParser.Parse("Bracket - 5mm Mild Steel - Qty 10.dxf");
        var stored = FilenameParser.Parse("CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf");

        Assert.True(loose.ThicknessMm!.Confidence < stored.ThicknessMm!.Confidence);
        Assert.True(loose.Quantity!.Confidence < stored.Quantity!.Confidence);
        Assert.True(loose.Material!.Confidence < stored.Material!.Confidence);
        Assert.True(loose.PartName!.Confidence < stored.PartName!.Confidence);
        Assert.All([loose.ThicknessMm.Source, loose.Quantity.Source], s => Assert.Equal(MetadataSource.Filename, s));
    }

    [Fact]
    public void Parse_NumericGradeOnly_IsWeakerThanMaterialWord()
    {
        var grade = FilenameParser.Parse("Cover 304 3mm.dxf");
        var word = FilenameParser.Parse("Cover stainless 3mm.dxf");

        Assert.Equal("SS", grade.MaterialCode?.Value);
        Assert.True(grade.MaterialCode!.Confidence < word.MaterialCode!.Confidence);
    }

    [Fact]
    public void Parse_PathWithBackslashes_UsesOnlyTheFileName()
    {
        var m = FilenameParser.Parse(@"C:\jobs\CL0002\Plate 4mm MS.dxf");

        Assert.Equal("Plate", m.PartName?.Value);
        Assert.Null(m.ClientCode);
    }

    [Fact]
    public void Parse_NameWithOnlyAPart_HasLowPartConfidence()
    {
        var m = FilenameParser.Parse("bracket.dxf");

        Assert.Equal("bracket", m.PartName?.Value);
        Assert.True(m.PartName!.Confidence <= 0.5);
        Assert.Null(m.Material);
    }

    private const double StoredNameConfidence = 0.9;
}
