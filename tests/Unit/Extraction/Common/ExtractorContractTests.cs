using Xunit;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.Grains.Extraction.Excel;
using LaserGrains.Grains.Extraction.Images;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Extraction.Pdf;
using LaserGrains.Grains.Extraction.Svg;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Robustness;
using LaserGrains.Tests.Unit.Extraction.Support;

namespace LaserGrains.Tests.Unit.Extraction.Common;

/// <summary>What every extractor promises: a stable identity, honoured cancellation and size limits, clear failures.</summary>
public class ExtractorContractTests
{
    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var seed in ExtractorRobustnessTests.Seeds()) data.Add(seed.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Extract_ValidSeed_ReturnsResultOfItsKind(string name)
    {
        var seed = Find(name);
        Assert.True(seed.Extractor.CanExtract(seed.Kind));
        Assert.Equal(seed.Kind, Run.Extract(seed.Extractor, seed.Kind, seed.Bytes).Kind);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Extract_CancelledToken_ThrowsOperationCanceled(string name)
    {
        var seed = Find(name);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var context = new ExtractionContext { Kind = seed.Kind };

        Assert.ThrowsAny<OperationCanceledException>(() => seed.Extractor.Extract(new MemoryStream(seed.Bytes), context, cts.Token));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Extract_InputOverMaxBytes_FailsAsLimitExceeded(string name)
    {
        var seed = Find(name);
        var limits = new ExtractionLimits { MaxBytes = seed.Bytes.Length - 1 };

        Assert.Equal("limit_exceeded", Run.Fails(seed.Extractor, seed.Kind, seed.Bytes, limits).Code);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Extract_EmptyInput_FailsAsInvalidFile(string name)
    {
        var seed = Find(name);
        Assert.Equal("invalid_file", Run.Fails(seed.Extractor, seed.Kind, []).Code);
    }

    [Fact]
    public void Extractors_HaveDistinctNamesAndVersions()
    {
        IFileExtractor[] all = [new DxfExtractor(), new PdfExtractor(), new XlsxExtractor(), new LightBurnExtractor(), new ImageExtractor(), new SvgExtractor()];

        Assert.Equal(all.Length, all.Select(e => e.Name).Distinct().Count());
        Assert.All(all, e => Assert.False(string.IsNullOrWhiteSpace(e.Version)));
        Assert.All(Enum.GetValues<FileKind>(), k => Assert.True(all.Count(e => e.CanExtract(k)) <= 1, $"{k} claimed twice"));
    }

    private static FuzzSeed Find(string name) => ExtractorRobustnessTests.Seeds().Single(s => s.ToString() == name);
}
