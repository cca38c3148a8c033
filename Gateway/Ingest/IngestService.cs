using LaserGrains.Grains.Files.Json;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Ingest;

/// <summary>
/// The ingest flow, readable in one place: stream the parts to the blob store (MultipartUploadReader, .zip expanded by
/// ZipExpander), take one id per file from the sequence, have each file grain accept its file (state "received"
/// persisted), then wait for processing within LG_INGEST_WAIT_SECONDS (SettleWaiter). The files of one request are
/// accepted and waited for side by side, at most <see cref="Parallelism"/> at a time; the silos bound the extractions.
/// </summary>
public sealed class IngestService(
    IClusterClient client,
    MultipartUploadReader reader,
    IngestIdAllocator ids,
    SettleWaiter waiter,
    TimeProvider time,
    IOptions<GatewayOptions> options)
{
    /// <summary>Files of one request in progress at once: enough to keep every silo's extraction slots busy.</summary>
    public const int Parallelism = 16;

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(HttpRequest request, bool wait, CancellationToken cancellationToken)
    {
        var form = await reader.ReadAsync(request, options.Value.MaxUploadBytes, cancellationToken);
        var hints = HintParser.Parse(form.Fields);
        var fileIds = await ids.NextAsync(form.Files.Count, cancellationToken); // in upload order
        var deadline = waiter.DeadlineFromNow();
        var outcomes = new IngestOutcome[form.Files.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, form.Files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => outcomes[i] = await IngestOneAsync(form.Files[i], fileIds[i], hints, wait, deadline, ct));
        return outcomes;
    }

    private async Task<IngestOutcome> IngestOneAsync(
        UploadedFile file, long id, UploadHints hints, bool wait, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var grain = client.GetGrain<IFileGrain>(id);
        var accepted = await grain.IngestAsync(new IngestRequest(file.Blob, file.Filename, hints, time.GetUtcNow()));
        var progress = new FileProgress(accepted, accepted.Status is FileStatus.Received or FileStatus.Processing);
        if (wait) progress = await waiter.WaitAsync(grain, progress, deadline, cancellationToken);
        return new IngestOutcome(progress.Record ?? accepted, $"/files/{id}");
    }
}

/// <summary>What became of one uploaded file.</summary>
public sealed record IngestOutcome(FileRecord Record, string StatusUrl)
{
    public IngestBatchItem ToItem() => new(Record.IngestId, FileJson.StatusName(Record.Status), StatusUrl, FileJson.ToJson(Record));
}
