using LaserGrains.Grains.Extraction.Naming;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Naming;

public sealed class FilenameParserStoredTests
{
    [Fact]
    public void Parse_SeedExample_ReadsEverySlot()
    {
        var m = FilenameParser.Parse("CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf");

        Assert.Equal("CL0001", m.ClientCode?.Value);
        Assert.Equal("JB-2025-10-CL0001-001", m.ProjectCode?.Value);
        Assert.Equal("Bracket", m.PartName?.Value);
        Assert.Equal("MS", m.MaterialCode?.Value);
        Assert.Equal("Mild Steel", m.Material?.Value);
        Assert.Equal(5.0, m.ThicknessMm?.Value);
        Assert.Equal(10, m.Quantity?.Value);
        Assert.True(m.ClientCode!.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("CL0001-JB-2025-10-CL0001-001-Bracket-MS-1_5mm-x10-v1.dxf", 1.5)]
    [InlineData("CL0001-JB-2025-10-CL0001-001-Bracket-MS-1.5mm-x10-v1.dxf", 1.5)]
    [InlineData("CL0001-JB-2025-10-CL0001-001-Bracket-SS-0_8mm-x10-v2.dxf", 0.8)]
    public void Parse_StoredDecimalThickness_ReadsMillimetres(string name, double mm)
    {
        Assert.Equal(mm, FilenameParser.Parse(name).ThicknessMm?.Value);
    }

    [Fact]
    public void Parse_StoredPartWithDashesAndTailLookalikes_KeepsThemInThePart()
    {
        var m = FilenameParser.Parse("CL0001-JB-2025-10-CL0001-001-Top-Plate-SS-3mm-x4-AL-MS-5mm-x10-v3.dxf");

        Assert.Equal("Top-Plate-SS-3mm-x4-AL", m.PartName?.Value);
        Assert.Equal("MS", m.MaterialCode?.Value);
        Assert.Equal(10, m.Quantity?.Value);
    }

    [Fact]
    public void Parse_StoredNameWithMissingSlots_GivesNullForThem()
    {
        var m = FilenameParser.Parse("_-_-Bracket-_-_-_-v1.dxf");

        Assert.Equal("Bracket", m.PartName?.Value);
        Assert.Null(m.ClientCode);
        Assert.Null(m.ProjectCode);
        Assert.Null(m.MaterialCode);
        Assert.Null(m.ThicknessMm);
        Assert.Null(m.Quantity);
    }

    [Fact]
    public void Parse_ShortFormWithHeadAndTail_ReadsEverySlot()
    {
        var m = FilenameParser.Parse("CL0001-JB-2025-10-CL0001-001--Top-Plate-MS--SS-1_5mm-x4-v7.dxf");

        Assert.Equal("CL0001", m.ClientCode?.Value);
        Assert.Equal("JB-2025-10-CL0001-001", m.ProjectCode?.Value);
        Assert.Equal("Top-Plate-MS", m.PartName?.Value);
        Assert.Equal("SS", m.MaterialCode?.Value);
        Assert.Equal(1.5, m.ThicknessMm?.Value);
        Assert.Equal(4, m.Quantity?.Value);
        Assert.Equal(7, FilenameParser.ParseVersion("CL0001-JB-2025-10-CL0001-001--Top-Plate-MS--SS-1_5mm-x4-v7.dxf"));
    }

    [Fact]
    public void Parse_ShortFormPartOnly_GivesNullForTheOtherSlots()
    {
        var m = FilenameParser.Parse("circle--v1.dxf");

        Assert.Equal("circle", m.PartName?.Value);
        Assert.Equal(StoredNameConfidence, m.PartName?.Confidence);
        Assert.Null(m.ClientCode);
        Assert.Null(m.MaterialCode);
        Assert.Null(m.ThicknessMm);
        Assert.Null(m.Quantity);
    }

    [Fact]
    public void Parse_ShortFormUpperCaseX_IsAMaterialCodeNotAQuantity()
    {
        var m = FilenameParser.Parse("Gusset--X1-x3-v2.dxf");

        Assert.Equal("X1", m.MaterialCode?.Value);
        Assert.Equal(3, m.Quantity?.Value);
    }

    [Theory]
    [InlineData("bracket-MS-5mm-v2.dxf")]
    [InlineData("Bracket MS 5mm -- v2.dxf")]
    public void Parse_CustomerNameEndingInVersion_IsReadLooselyNotAsStored(string name)
    {
        var m = FilenameParser.Parse(name);

        Assert.Equal("MS", m.MaterialCode?.Value);
        Assert.Equal(5.0, m.ThicknessMm?.Value);
        Assert.NotEqual(StoredNameConfidence, m.MaterialCode?.Confidence);
    }

    [Fact]
    public void Parse_LowerCaseDashedCustomerName_IsNotReadAsCodes()
    {
        var m = FilenameParser.Parse("mounting-plate-big-SS-3mm-x25-v1.dxf");

        Assert.Null(m.ClientCode);
        Assert.Null(m.ProjectCode);
        Assert.Equal("SS", m.MaterialCode?.Value);
        Assert.Equal(25, m.Quantity?.Value);
    }

    [Theory]
    [InlineData("CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v7.dxf", 7)]
    [InlineData("bracket_v3.dxf", 3)]
    [InlineData("bracket.dxf", null)]
    [InlineData("bracket v2 final.dxf", null)]
    public void ParseVersion_Name_ReadsTrailingVersion(string name, int? version)
    {
        Assert.Equal(version, FilenameParser.ParseVersion(name));
    }

    private const double StoredNameConfidence = 0.9;
}
