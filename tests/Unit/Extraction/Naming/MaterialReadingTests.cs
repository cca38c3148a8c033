using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Naming;

public sealed class MaterialReadingTests
{
    [Theory]
    [InlineData("MS", "MS", null, null)]
    [InlineData("mild steel S275", "MS", "S275", null)]
    [InlineData("MILD STEEL S275", "MS", "S275", null)]
    [InlineData("S355", "MS", "S355", null)]
    [InlineData("S355J2", "MS", "S355J2", null)]
    [InlineData("s275jr plate", "MS", "S275JR", null)]
    [InlineData("CR4", "MS", "CR4", null)]
    [InlineData("hrpo", "MS", null, "HRPO")]
    [InlineData("304 S/S", "SS", "304", null)]
    [InlineData("316L", "SS", "316L", null)]
    [InlineData("stainless 304 2B", "SS", "304", "2B")]
    [InlineData("s/steel 316 brushed", "SS", "316", "brushed")]
    [InlineData("Ali 5083", "AL", "5083", null)]
    [InlineData("6082-T6", "AL", "6082-T6", null)]
    [InlineData("aluminium 6082 t6", "AL", "6082-T6", null)]
    [InlineData("5083 H111", "AL", "5083-H111", null)]
    [InlineData("galv", "GALV", null, null)]
    [InlineData("zintec", "GALV", null, "Zintec")]
    [InlineData("S275 galv", "GALV", "S275", null)]
    [InlineData("mild steel, hot dip galvanised", "GALV", null, "hot dip")]
    [InlineData("brass CZ108", "BR", "CZ108", null)]
    [InlineData("CZ121", "BR", "CZ121", null)]
    [InlineData("acrylic", "ACR", null, null)]
    [InlineData("opal perspex", "ACR", null, "opal")]
    [InlineData("3mm ply", "PLY", null, null)]
    [InlineData("Hardox 450", "HARDOX", "Hardox 450", null)]
    [InlineData("weathering steel", "CORTEN", null, null)]
    public void Read_WhatPeopleWrite_GivesCatalogMaterialGradeAndFinish(string text, string code, string? grade, string? finish)
    {
        var reading = MaterialCatalog.Default.Read(text);

        Assert.NotNull(reading);
        Assert.Equal(code, reading.Material.Code);
        Assert.Equal(grade, reading.Grade);
        Assert.Equal(finish, reading.Finish);
    }

    [Theory]
    [InlineData("steel bracket for aluminium frame")]
    [InlineData("unobtainium")]
    [InlineData("")]
    public void Read_NoneOrTwoMaterials_GivesNull(string text)
    {
        Assert.Null(MaterialCatalog.Default.Read(text));
    }

    [Fact]
    public void Labelled_KnownMaterial_KeepsRawTextBesideTheCatalogName()
    {
        var facts = MaterialFacts.Labelled("MILD STEEL S275", MaterialCatalog.Default, MetadataSource.Content, 0.75);

        Assert.Equal("Mild Steel", facts.Material?.Value);
        Assert.Equal("MS", facts.MaterialCode?.Value);
        Assert.Equal("S275", facts.Grade?.Value);
        Assert.Equal("MILD STEEL S275", facts.MaterialText?.Value);
        Assert.Equal(0.75, facts.Grade?.Confidence);
    }

    [Fact]
    public void Labelled_UnknownMaterial_KeptAsWrittenWithLowConfidenceAndNoCode()
    {
        var facts = MaterialFacts.Labelled("Valchromat", MaterialCatalog.Default, MetadataSource.Content, 0.75);

        Assert.Equal("Valchromat", facts.Material?.Value);
        Assert.Equal(MaterialFacts.UnknownConfidence, facts.Material?.Confidence);
        Assert.Null(facts.MaterialCode);
        Assert.Equal("Valchromat", facts.MaterialText?.Value);
    }

    [Fact]
    public void ShopFile_AddsGradesAndFinishes()
    {
        var catalog = MaterialCatalog.Default.Merge(MaterialCatalog.FromJson("""
            { "materials": [ { "code": "VAL", "name": "Valchromat", "synonyms": ["valchromat"],
                               "grades": ["VC-FR"], "finishes": ["black", "red"] } ] }
            """));

        var reading = catalog.Read("VC-FR black 16mm");

        Assert.Equal("VAL", reading?.Material.Code);
        Assert.Equal("VC-FR", reading?.Grade);
        Assert.Equal("black", reading?.Finish);
    }

    [Fact]
    public void ShopFile_Refines_PicksTheParticularMaterial()
    {
        var catalog = MaterialCatalog.Default.Merge(MaterialCatalog.FromJson("""
            { "materials": [ { "code": "PCMS", "name": "Powder-coated Steel", "synonyms": ["powder coated"], "refines": ["MS"] } ] }
            """));

        Assert.Equal("PCMS", catalog.Read("mild steel S275 powder coated")?.Material.Code);
        Assert.Equal("S275", catalog.Read("mild steel S275 powder coated")?.Grade);
    }

    [Fact]
    public void FilenameParser_GradeInLooseName_IsItsOwnFieldAndLeavesThePartName()
    {
        var m = FilenameParser.Parse("Base plate 6082-T6 10mm qty 4.dxf");

        Assert.Equal("AL", m.MaterialCode?.Value);
        Assert.Equal("6082-T6", m.Grade?.Value);
        Assert.Equal("Base plate", m.PartName?.Value);
        Assert.Equal(MetadataSource.Filename, m.Grade?.Source);
    }
}
