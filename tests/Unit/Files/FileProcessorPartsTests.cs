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

/// <summary>A long part list stays off the record: the first parts and the count there, every part in the part store.</summary>
public sealed class FileProcessorPartsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lg-unit-" + Guid.NewGuid().ToString("N"));
    private readonly MemoryPartStore _store = new();
    private readonly Sheet _sheet = new();

    [Fact]
    public async Task ExtractAsync_MorePartsThanTheCap_RecordKeepsTheFirst_StoreKeepsAll()
    {
        var (processor, state) = await ArrangeAsync();
        _sheet.Count = 250;

        await processor.ExtractAsync(state, new FileGrainOptions { MaxRecordParts = 100 }, CancellationToken.None);

        Assert.Equal(100, state.Parts.Count);
        Assert.Equal(250, state.PartsTotal);
        Assert.Equal(250, _store.Stored[7].Count);
        var page = await processor.PartsAsync(state, 200, 100, CancellationToken.None);
        Assert.Equal(250, page.Total);
        Assert.Equal(Enumerable.Range(201, 50), page.Items.Select(p => p.Row));
        var json = LaserGrains.Shared.Json.FileJson.ToJson(state.ToRecord());
        Assert.Equal(250, json.PartsTotal);
        Assert.True(json.PartsTruncated);
    }

    [Fact]
    public async Task ExtractAsync_AgainWithAShortList_ForgetsTheStoredList()
    {
        var (processor, state) = await ArrangeAsync();
        _sheet.Count = 250;
        await processor.ExtractAsync(state, new FileGrainOptions { MaxRecordParts = 100 }, CancellationToken.None);
        _sheet.Count = 3;

        await processor.ExtractAsync(state, new FileGrainOptions { MaxRecordParts = 100 }, CancellationToken.None);

        Assert.False(_store.Stored.ContainsKey(7));
        Assert.Equal(3, state.PartsTotal);
        var page = await processor.PartsAsync(state, 0, 50, CancellationToken.None);
        Assert.Equal([1, 2, 3], page.Items.Select(p => p.Row));
        Assert.Null(LaserGrains.Shared.Json.FileJson.ToJson(state.ToRecord()).PartsTruncated);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private async Task<(FileProcessor, FileState)> ArrangeAsync()
    {
        var blobs = new FileSystemBlobStore(Options.Create(new BlobStoreOptions { Root = _root }));
        using var bytes = new MemoryStream(Encoding.ASCII.GetBytes("PK not really a sheet"));
        var blob = await blobs.PutAsync(bytes, 1 << 20, CancellationToken.None);
        var processor = new FileProcessor(new ExtractionPipeline([_sheet]), blobs, MaterialCatalog.Default, CutTimeEstimator.Default, _store,
            new ExtractionSlots(Options.Create(new FileGrainOptions())));
        return (processor, new FileState { IngestId = 7, OriginalFilename = "job.xlsx", Blob = blob });
    }

    /// <summary>An extractor that reports <see cref="Count"/> parts, rows 1 to Count.</summary>
    private sealed class Sheet : IFileExtractor
    {
        public int Count { get; set; }
        public string Name => "sheet";
        public string Version => "1";
        public bool CanExtract(FileKind kind) => true;
        public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken) => new()
        {
            Kind = FileKind.Xlsx,
            Parts = [.. Enumerable.Range(1, Count).Select(r => new JobSheetPart("Job", r, $"Part {r}", "Mild Steel", 5, 1, null))],
        };
    }
}
