using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Gateway.Hosting;
using LaserGrains.Gateway.Telemetry;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Ingest;

/// <summary>The ingest path from request to grain call, in order; the steps' details live in the types named here.</summary>
/// <remarks>
/// <c>POST /ingest</c> (<see cref="IngestApi"/>) → <see cref="IngestAsync"/>:
/// (1) <see cref="MultipartUploadReader"/> streams each file part into the blob store (SHA-256 on the way, size capped)
/// and spools a <c>.zip</c> to a temp file that <see cref="ZipExpander"/> expands into one stored file per entry;
/// (2) <see cref="HintParser"/> turns the form fields into upload hints;
/// (3) <see cref="IngestIdAllocator"/> gives one ingest id per file from PostgreSQL's sequence (reserved ahead), in upload order;
/// (4) each file's <see cref="IFileGrain"/> accepts a reference to the stored bytes, never the bytes, and answers once
/// the file is persisted as received (processing follows in the grain);
/// (5) <see cref="SettleWaiter"/> waits for processing within LG_INGEST_WAIT_SECONDS in short calls, and
/// <see cref="IngestApi"/> answers 201 (settled) or 202 (still working).
/// The files of one request go through (4) and (5) side by side, at most <see cref="Parallelism"/> at a time; the
/// silos bound the extractions themselves.
/// </remarks>
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

    /// <summary>Runs one upload; a <paramref name="scope"/> (an upload link) fixes the project, lowers the size limit and counts the files.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        HttpRequest request, bool wait, CancellationToken cancellationToken, IUploadScope? scope = null)
    {
        var form = await reader.ReadAsync(request, Math.Min(options.Value.MaxUploadBytes, scope?.MaxFileBytes ?? long.MaxValue), cancellationToken);
        var hints = HintParser.Parse(form.Fields);
        if (scope is not null)
        {
            hints = scope.Apply(hints);
            await scope.ReserveAsync(form.Files.Count, cancellationToken);
        }

        var fileIds = await ids.NextAsync(form.Files.Count, cancellationToken); // in upload order
        if (scope is not null)
        {
            foreach (var id in fileIds) await scope.RecordAsync(id, cancellationToken);
        }

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
        GatewayMetrics.Answered(progress.Record ?? accepted, progress.Busy);
        return new IngestOutcome(progress.Record ?? accepted, $"/files/{id}");
    }
}
