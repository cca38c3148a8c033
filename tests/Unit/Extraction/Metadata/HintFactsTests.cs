using LaserGrains.Grains.Extraction.Metadata;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Metadata;

public sealed class HintFactsTests
{
    [Fact]
    public void From_TypedSynonym_GivesCatalogNameAndCode()
    {
        var facts = HintFacts.From(new UploadHints(Material: " stainless "), MaterialCatalog.Default);

        Assert.Equal("Stainless Steel", facts.Material?.Value);
        Assert.Equal("SS", facts.MaterialCode?.Value);
        Assert.Equal(MetadataSource.UploadHint, facts.MaterialCode?.Source);
    }

    [Fact]
    public void From_MaterialInsideTypedText_IsFound()
    {
        Assert.Equal("AL", HintFacts.From(new UploadHints(Material: "5083 aluminium sheet"), MaterialCatalog.Default).MaterialCode?.Value);
    }

    [Fact]
    public void From_UnknownMaterial_KeepsTextWithLowerConfidenceAndNoCode()
    {
        var facts = HintFacts.From(new UploadHints(Material: "Unobtainium"), MaterialCatalog.Default);

        Assert.Equal("Unobtainium", facts.Material?.Value);
        Assert.True(facts.Material!.Confidence < HintFacts.Confidence);
        Assert.Null(facts.MaterialCode);
    }

    [Fact]
    public void From_NonPositiveNumbers_AreIgnored()
    {
        var facts = HintFacts.From(new UploadHints(ThicknessMm: 0, Quantity: -3), MaterialCatalog.Default);

        Assert.Null(facts.ThicknessMm);
        Assert.Null(facts.Quantity);
    }

    [Fact]
    public void From_TypedCodes_AreTrimmedAndCarryHintConfidence()
    {
        var facts = HintFacts.From(new UploadHints(ClientCode: " CL0001 ", Quantity: 4), MaterialCatalog.Default);

        Assert.Equal(new MetadataField<string>("CL0001", MetadataSource.UploadHint, HintFacts.Confidence), facts.ClientCode);
        Assert.Equal(4, facts.Quantity?.Value);
        Assert.Null(facts.PartName);
    }
}
