using Xunit;
using LaserGrains.Grains.Extraction.Pdf;

namespace LaserGrains.Tests.Unit.Extraction.Pdf;

public class TitleBlockParserTests
{
    [Fact]
    public void Parse_LabelAloneOnItsLine_TakesNextLineWithLowerConfidence()
    {
        var facts = TitleBlockParser.Parse("MATERIAL\nStainless Steel\nTHICKNESS\n2 mm");

        Assert.Equal("Stainless Steel", facts.Material?.Value);
        Assert.Equal("SS", facts.MaterialCode?.Value);
        Assert.Equal(2.0, facts.ThicknessMm?.Value);
        Assert.Equal(TitleBlockParser.NextLineConfidence, facts.Material!.Confidence);
    }

    [Theory]
    [InlineData("Thk 5mm", 5.0)]
    [InlineData("THK: 0.25 in", 6.35)]
    [InlineData("Thickness = 3,0 mm", 3.0)]
    public void Parse_ThicknessNotations_NormalisesToMillimetres(string line, double expected) =>
        Assert.Equal(expected, TitleBlockParser.Parse(line).ThicknessMm!.Value, 3);

    [Theory]
    [InlineData("TITLE: Deck Panel", "Deck Panel")]
    [InlineData("Drawing title: Side Plate", "Side Plate")]
    [InlineData("Description - Gusset 45", "Gusset 45")]
    public void Parse_PartLabels_ReadsPartName(string line, string expected) =>
        Assert.Equal(expected, TitleBlockParser.Parse(line).PartName?.Value);

    [Fact]
    public void Parse_DrawingNumberAndRevision_AreSeparateFields()
    {
        var facts = TitleBlockParser.Parse("DWG NO. 4471-A\nREVISION 03");
        Assert.Equal("4471-A", facts.DrawingNumber?.Value);
        Assert.Equal("03", facts.Revision?.Value);
    }

    [Fact]
    public void Parse_ClientCodeWithoutLabel_IsFound()
    {
        var facts = TitleBlockParser.Parse("Prepared for CL0913 by the drawing office");
        Assert.Equal("CL0913", facts.ClientCode?.Value);
        Assert.Null(facts.ProjectCode);
    }

    [Theory]
    [InlineData("QTY: none")]
    [InlineData("QTY: 0")]
    [InlineData("REVISIONS")]
    [InlineData("Materials are listed on sheet 2")]
    public void Parse_UnusableValues_LeaveFieldsEmpty(string text)
    {
        var facts = TitleBlockParser.Parse(text);
        Assert.Null(facts.Quantity);
        Assert.Null(facts.Revision);
        Assert.Null(facts.Material);
    }

    [Fact]
    public void Parse_MalformedJobCode_IsNotAProjectCode() =>
        Assert.Null(TitleBlockParser.Parse("JB-2025-13-CL0042-007").ProjectCode);

    [Fact]
    public void Parse_MaterialWithGrade_NormalisedWithGradeAndRawText()
    {
        var facts = TitleBlockParser.Parse("MATERIAL: MILD STEEL S275\nTHK 6mm");

        Assert.Equal("Mild Steel", facts.Material?.Value);
        Assert.Equal("MS", facts.MaterialCode?.Value);
        Assert.Equal("S275", facts.Grade?.Value);
        Assert.Equal("MILD STEEL S275", facts.MaterialText?.Value);
    }

    [Fact]
    public void Parse_UnknownMaterial_KeptAsWrittenWithLowConfidence()
    {
        var facts = TitleBlockParser.Parse("MATERIAL: Tufnol");

        Assert.Equal("Tufnol", facts.Material?.Value);
        Assert.Null(facts.MaterialCode);
        Assert.True(facts.Material!.Confidence < TitleBlockParser.NextLineConfidence);
    }

    [Theory]
    [InlineData("DRAWING NO: AC-102   REV: C")]
    [InlineData("DWG NO. AC-102 REV C")]
    [InlineData("AC-102   REV: C")]
    public void Parse_DrawingNumberWithRevisionBeside_TwoSeparateFields(string line)
    {
        var facts = TitleBlockParser.Parse("TITLE: Bracket\n" + line);

        Assert.Equal("AC-102", facts.DrawingNumber?.Value);
        Assert.Equal("C", facts.Revision?.Value);
    }
}
