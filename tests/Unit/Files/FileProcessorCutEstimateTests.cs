using System.Text;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.CutTime;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Options;
using Xunit;

namespace LaserGrains.Tests.Unit.Files;

/// <summary>The processor turns extracted geometry plus merged material, thickness and quantity into a cut estimate.</summary>
public sealed class FileProcessorCutEstimateTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lg-unit-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ExtractAsync_GeometryAndHints_EstimatesCutTimeForTheQuantity()
    {
        var (processor, state) = await ArrangeAsync(new UploadHints(Material: "Mild Steel", ThicknessMm: 5, Quantity: 3));

        await processor.ExtractAsync(state, new FileGrainOptions(), CancellationToken.None);

        // 3050 mm at MS 5 mm's 3050 mm/min is 60 s, plus 2 pierces of 0.4 s.
        Assert.Equal(FileStatus.Completed, state.Status);
        Assert.Equal(60.8, state.CutEstimate!.TotalSecondsPerPart, 6);
        Assert.Equal(182.4, state.CutEstimate.TotalSecondsForQuantity, 6);
    }

    [Fact]
    public async Task Correct_ThicknessChangedByHand_EstimateFollows()
    {
        var (processor, state) = await ArrangeAsync(new UploadHints(Material: "MS", ThicknessMm: 5));
        await processor.ExtractAsync(state, new FileGrainOptions(), CancellationToken.None);

        processor.Correct(state, new MetadataPatch(new UploadHints(ThicknessMm: 6), []));

        Assert.Equal((3050.0 / 2750 * 60) + 0.8, state.CutEstimate!.TotalSecondsPerPart, 6);
    }

    [Fact]
    public async Task ExtractAsync_NoMaterial_NoEstimate()
    {
        var (processor, state) = await ArrangeAsync(UploadHints.None);

        await processor.ExtractAsync(state, new FileGrainOptions(), CancellationToken.None);

        Assert.Null(state.CutEstimate);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private async Task<(FileProcessor, FileState)> ArrangeAsync(UploadHints hints)
    {
        var blobs = new FileSystemBlobStore(Options.Create(new BlobStoreOptions { Root = _root }));
        using var bytes = new MemoryStream(Encoding.ASCII.GetBytes("0\nSECTION\n2\nENTITIES\n0\nENDSEC\n0\nEOF\n"));
        var blob = await blobs.PutAsync(bytes, 1 << 20, CancellationToken.None);
        var processor = new FileProcessor(new ExtractionPipeline([new FixedGeometry()]), blobs, MaterialCatalog.Default, CutTimeEstimator.Default, new MemoryPartStore(),
            new ExtractionSlots(Microsoft.Extensions.Options.Options.Create(new FileGrainOptions())));
        return (processor, new FileState { IngestId = 1, OriginalFilename = "part.dxf", Blob = blob, Hints = hints });
    }

    /// <summary>An extractor that reads nothing and reports a known geometry, so the test controls the inputs.</summary>
    private sealed class FixedGeometry : IFileExtractor
    {
        public string Name => "fixed";
        public string Version => "1";
        public bool CanExtract(FileKind kind) => true;
        public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken) => new()
        {
            Kind = context.Kind,
            Geometry = new GeometrySummary { Units = "mm", UnitsSource = "test", CutLengthMm = 3050, Pierces = 2 },
        };
    }
}
