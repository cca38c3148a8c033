using LaserGrains.Grains.Extraction.Metadata;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Metadata;

public sealed class MetadataMergerTests
{
    [Theory]
    [InlineData(MetadataSource.Manual, MetadataSource.UploadHint)]
    [InlineData(MetadataSource.UploadHint, MetadataSource.Content)]
    [InlineData(MetadataSource.Content, MetadataSource.Filename)]
    [InlineData(MetadataSource.Manual, MetadataSource.Filename)]
    public void Merge_StrongerSourceWithLowerConfidence_StillWins(MetadataSource strong, MetadataSource weak)
    {
        var a = new FileMetadata { Quantity = new(7, strong, 0.3) };
        var b = new FileMetadata { Quantity = new(9, weak, 1.0) };

        Assert.Equal(7, MetadataMerger.Merge(b, a).Quantity?.Value);
        Assert.Equal(7, MetadataMerger.Merge(a, b).Quantity?.Value);
    }

    [Fact]
    public void Merge_SameSource_HigherConfidenceWins()
    {
        var low = new FileMetadata { ThicknessMm = new(5, MetadataSource.Content, 0.5) };
        var high = new FileMetadata { ThicknessMm = new(6, MetadataSource.Content, 0.8) };

        Assert.Equal(6, MetadataMerger.Merge(low, high).ThicknessMm?.Value);
    }

    [Fact]
    public void Merge_SameSourceAndConfidence_EarlierArgumentWins()
    {
        var first = new FileMetadata { PartName = new("A", MetadataSource.Content, 0.5) };
        var second = new FileMetadata { PartName = new("B", MetadataSource.Content, 0.5) };

        Assert.Equal("A", MetadataMerger.Merge(first, second).PartName?.Value);
    }

    [Fact]
    public void Merge_NaNConfidence_LosesToAnyNumber()
    {
        var broken = new FileMetadata { Revision = new("X", MetadataSource.Content, double.NaN) };
        var fine = new FileMetadata { Revision = new("B", MetadataSource.Content, 0.1) };

        Assert.Equal("B", MetadataMerger.Merge(broken, fine).Revision?.Value);
    }

    [Fact]
    public void Merge_FieldsFromDifferentSources_KeepTheirOwnSourceAndConfidence()
    {
        var file = new FileMetadata { PartName = new("Bracket", MetadataSource.Filename, 0.6), Quantity = new(10, MetadataSource.Filename, 0.75) };
        var hint = new FileMetadata { Quantity = new(12, MetadataSource.UploadHint, 0.95) };

        var merged = MetadataMerger.Merge(file, null, hint);

        Assert.Equal(new MetadataField<string>("Bracket", MetadataSource.Filename, 0.6), merged.PartName);
        Assert.Equal(new MetadataField<int>(12, MetadataSource.UploadHint, 0.95), merged.Quantity);
    }

    [Fact]
    public void Merge_MaterialNameAndCode_ComeFromTheSameSource()
    {
        var file = new FileMetadata { Material = new("Mild Steel", MetadataSource.Filename, 0.9), MaterialCode = new("MS", MetadataSource.Filename, 0.9) };
        var hint = new FileMetadata { Material = new("Unobtainium", MetadataSource.UploadHint, 0.6) };

        var merged = MetadataMerger.Merge(file, hint);

        Assert.Equal("Unobtainium", merged.Material?.Value);
        Assert.Null(merged.MaterialCode);
    }

    [Fact]
    public void ConfidenceScore_AllNeededFieldsCertain_IsOne()
    {
        Assert.Equal(1.0, MetadataMerger.ConfidenceScore(Full(1.0)));
    }

    [Fact]
    public void ConfidenceScore_NothingKnown_IsZero()
    {
        Assert.Equal(0.0, MetadataMerger.ConfidenceScore(FileMetadata.Empty));
    }

    [Fact]
    public void ConfidenceScore_MissingThickness_LosesItsWeight()
    {
        var full = MetadataMerger.ConfidenceScore(Full(0.9));
        var noThickness = MetadataMerger.ConfidenceScore(Full(0.9) with { ThicknessMm = null });

        Assert.Equal(Math.Round(full - (0.9 * MetadataMerger.ScoreWeights["thickness"]), 3), noThickness);
    }

    [Fact]
    public void ConfidenceScore_CodeWithoutName_CountsAsMaterial()
    {
        var withName = MetadataMerger.ConfidenceScore(Full(0.8));
        var codeOnly = MetadataMerger.ConfidenceScore(Full(0.8) with { Material = null });

        Assert.Equal(withName, codeOnly);
    }

    [Fact]
    public void ConfidenceScore_LooseCustomerName_FollowsDocumentedFormula()
    {
        var merged = MetadataMerger.Merge(FilenameParser.Parse("Bracket - 5mm Mild Steel - Qty 10.dxf"));
        var w = MetadataMerger.ScoreWeights;
        var expected = (w["part"] * merged.PartName!.Confidence) + (w["material"] * merged.Material!.Confidence)
            + (w["thickness"] * merged.ThicknessMm!.Confidence) + (w["quantity"] * merged.Quantity!.Confidence);

        Assert.Equal(Math.Round(expected, 3), MetadataMerger.ConfidenceScore(merged));
        Assert.InRange(MetadataMerger.ConfidenceScore(merged), 0.4, 0.6);
    }

    [Fact]
    public void ScoreWeights_AddUpToOne()
    {
        Assert.Equal(1.0, MetadataMerger.ScoreWeights.Values.Sum(), 9);
    }

    private static FileMetadata Full(double c) => new()
    {
        ClientCode = new("CL0001", MetadataSource.Manual, c),
        ProjectCode = new("JB-2025-10-CL0001-001", MetadataSource.Manual, c),
        PartName = new("Bracket", MetadataSource.Manual, c),
        Material = new("Mild Steel", MetadataSource.Manual, c),
        MaterialCode = new("MS", MetadataSource.Manual, c),
        ThicknessMm = new(5, MetadataSource.Manual, c),
        Quantity = new(10, MetadataSource.Manual, c),
    };

    [Fact]
    public void Merge_GradeTravelsWithMaterial_BorrowedOnlyFromASourceNamingTheSameCode()
    {
        var hint = new FileMetadata { Material = new("Mild Steel", MetadataSource.UploadHint, 0.95), MaterialCode = new("MS", MetadataSource.UploadHint, 0.95) };
        var sameCode = new FileMetadata { MaterialCode = new("MS", MetadataSource.Content, 0.75), Grade = new("S275", MetadataSource.Content, 0.75) };
        var otherCode = new FileMetadata { MaterialCode = new("SS", MetadataSource.Content, 0.75), Grade = new("316L", MetadataSource.Content, 0.75) };

        Assert.Equal("S275", MetadataMerger.Merge(sameCode, hint).Grade?.Value);
        Assert.Null(MetadataMerger.Merge(otherCode, hint).Grade);
        Assert.Equal("MS", MetadataMerger.Merge(otherCode, hint).MaterialCode?.Value);
    }
}
