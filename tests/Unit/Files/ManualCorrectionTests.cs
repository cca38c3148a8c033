using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Files;

public sealed class ManualCorrectionTests
{
    [Fact]
    public void Apply_SetMaterialByName_SetsNameAndCodeAsManual()
    {
        var result = ManualCorrection.Apply(FileMetadata.Empty, new MetadataPatch(new UploadHints(Material: "stainless steel"), []), MaterialCatalog.Default);

        Assert.Equal("SS", result.MaterialCode?.Value);
        Assert.Equal(MetadataSource.Manual, result.MaterialCode?.Source);
        Assert.Equal(MetadataSource.Manual, result.Material?.Source);
        Assert.Equal(1.0, result.Material?.Confidence);
    }

    [Fact]
    public void Apply_ClearField_RemovesOnlyThatManualValue()
    {
        var manual = new FileMetadata
        {
            ThicknessMm = new MetadataField<double>(8, MetadataSource.Manual, 1),
            Quantity = new MetadataField<int>(4, MetadataSource.Manual, 1),
        };

        var result = ManualCorrection.Apply(manual, new MetadataPatch(UploadHints.None, ["thickness_mm"]), MaterialCatalog.Default);

        Assert.Null(result.ThicknessMm);
        Assert.Equal(4, result.Quantity?.Value);
    }

    [Fact]
    public void Apply_ClearMaterial_ClearsNameAndCode()
    {
        var manual = ManualCorrection.Apply(FileMetadata.Empty, new MetadataPatch(new UploadHints(Material: "AL"), []), MaterialCatalog.Default);

        var result = ManualCorrection.Apply(manual, new MetadataPatch(UploadHints.None, ["material"]), MaterialCatalog.Default);

        Assert.Null(result.Material);
        Assert.Null(result.MaterialCode);
    }
}
