using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Preview;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LaserGrains.Grains.Preview;

/// <summary>Renders previews on any silo, one per core at a time: reads the stored bytes, parses, draws.</summary>
[StatelessWorker]
public sealed class PreviewGrain(IBlobStore blobs, IOptions<FileGrainOptions> options) : Grain, IPreviewGrain
{
    public async Task<PreviewImage?> RenderAsync(long ingestId)
    {
        var record = ingestId > 0 ? await GrainFactory.GetGrain<IFileGrain>(ingestId).GetAsync() : null;
        if (record is null || !PreviewFormat.HasPreview(record.Kind)) return null;
        var o = options.Value;
        var previewOptions = PreviewOptions.Default with { SheetWidthMm = o.SheetWidthMm, SheetHeightMm = o.SheetHeightMm };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(o.ExtractionTimeoutSeconds));

        // Parsing and drawing are CPU work: off the grain's scheduler, bounded by the extraction timeout.
        var result = await Task.Run(
            () =>
            {
                try
                {
                    using var stream = blobs.OpenRead(record.Sha256);
                    return record.Kind == FileKind.LightBurn
                        ? SvgPreviewRenderer.RenderLightBurn(stream, record.Defects, previewOptions, o.Limits(), timeout.Token)
                        : SvgPreviewRenderer.Render(stream, record.Defects, previewOptions, timeout.Token);
                }
                catch (Extraction.ExtractionFailedException ex)
                {
                    // A file that cannot be read still gets a picture: the reason, so a thumbnail never breaks.
                    return SvgPreviewRenderer.Message(ex.Message);
                }
            },
            timeout.Token);
        return new PreviewImage(result.Svg, result.Simplified, record.Sha256);
    }
}
