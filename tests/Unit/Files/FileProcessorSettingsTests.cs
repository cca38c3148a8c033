using System.Text;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.CutTime;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Files;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Options;
using Xunit;

namespace LaserGrains.Tests.Unit.Files;

/// <summary>The shop's settings (sheet size) reach the real extractors through the processor.</summary>
public sealed class FileProcessorSettingsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lg-unit-" + Guid.NewGuid().ToString("N"));

    // A 400 × 200 mm rectangle.
    private const string Plate = "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n"
        + "0\nLWPOLYLINE\n8\n0\n90\n4\n70\n1\n10\n0\n20\n0\n10\n400\n20\n0\n10\n400\n20\n200\n10\n0\n20\n200\n0\nENDSEC\n0\nEOF\n";

    [Theory]
    [InlineData(3000, 1500, false)]
    [InlineData(300, 300, true)]
    [InlineData(250, 500, false)]
    public async Task ExtractAsync_SheetSizeSetting_DecidesExceedsSheet(double width, double height, bool exceeds)
    {
        var blobs = new FileSystemBlobStore(Options.Create(new BlobStoreOptions { Root = _root }));
        using var bytes = new MemoryStream(Encoding.ASCII.GetBytes(Plate));
        var blob = await blobs.PutAsync(bytes, 1 << 20, CancellationToken.None);
        var processor = new FileProcessor(new ExtractionPipeline(Extractors.All()), blobs, MaterialCatalog.Default, CutTimeEstimator.Default, new MemoryPartStore(),
            new ExtractionSlots(Microsoft.Extensions.Options.Options.Create(new FileGrainOptions())));
        var state = new FileState { IngestId = 1, OriginalFilename = "plate.dxf", Blob = blob };

        await processor.ExtractAsync(state, new FileGrainOptions { SheetWidthMm = width, SheetHeightMm = height }, CancellationToken.None);

        Assert.Equal(400, state.Geometry!.BboxWidthMm, 6);
        Assert.Equal(exceeds, state.Defects.Any(d => d.Code == "exceeds_sheet"));
    }

    [Fact]
    public void Limits_CarryTheSettingsAndKeepOtherDefaults()
    {
        var limits = new FileGrainOptions { SheetWidthMm = 1250, SheetHeightMm = 2500, ExtractionTimeoutSeconds = 7 }.Limits();

        Assert.Equal(1250, limits.SheetWidthMm);
        Assert.Equal(2500, limits.SheetHeightMm);
        Assert.Equal(TimeSpan.FromSeconds(7), limits.Timeout);
        Assert.Equal(ExtractionLimits.Default.MaxEntities, limits.MaxEntities);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
