using LaserGrains.Gateway.Hosting;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Ingest;

/// <summary>The ingest path from request to grain call, in order; the steps' details live in the types named here.</summary>
/// <remarks>
/// <c>POST /ingest</c> (<see cref="IngestApi"/>) → <see cref="IngestAsync"/>:
/// (1) <see cref="MultipartUploadReader"/> streams each file part into the blob store (SHA-256 on the way, size capped)
/// and a <c>.zip</c> through <see cref="ZipExpander"/> into one stored file per entry;
/// (2) <see cref="HintParser"/> turns the form fields into upload hints;
/// (3) per file, <see cref="IngestIdAllocator"/> takes the next ingest id from PostgreSQL's sequence;
/// (4) the file's <see cref="IFileGrain"/> gets a reference to the stored bytes, never the bytes;
/// (5) the wait for its record is bounded, and <see cref="IngestApi"/> answers 201 (settled) or 202 (still working).
/// </remarks>
public sealed class IngestService(
    IClusterClient client,
    MultipartUploadReader reader,
    IngestIdAllocator ids,
    TimeProvider time,
    IOptions<GatewayOptions> options)
{
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(HttpRequest request, bool wait, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var form = await reader.ReadAsync(request, o.MaxUploadBytes, cancellationToken);
        var hints = HintParser.Parse(form.Fields);
        var outcomes = new List<IngestOutcome>(form.Files.Count);
        foreach (var file in form.Files)
        {
            var id = await ids.NextAsync(cancellationToken);
            var grain = client.GetGrain<IFileGrain>(id);
            var call = grain.IngestAsync(new IngestRequest(file.Blob, file.Filename, hints, time.GetUtcNow()), wait);
            var record = wait ? await WithinAsync(call, TimeSpan.FromSeconds(o.IngestWaitSeconds), grain) : await call;
            outcomes.Add(new IngestOutcome(record, $"/files/{id}"));
        }

        return outcomes;
    }

    // Past the bound the grain keeps working; the client follows the status URL instead of waiting.
    private static async Task<FileRecord> WithinAsync(Task<FileRecord> call, TimeSpan bound, IFileGrain grain)
    {
        if (await Task.WhenAny(call, Task.Delay(bound)) == call) return await call;
        return await grain.GetAsync() ?? throw new InvalidOperationException("The file grain lost a file it had accepted.");
    }
}
