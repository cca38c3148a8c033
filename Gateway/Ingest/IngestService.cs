using LaserGrains.Gateway.Hosting;
using LaserGrains.Grains.Files.Json;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Ingest;

/// <summary>The ingest flow: stream to the blob store, allocate ids, call the file grains, bound the wait.</summary>
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

/// <summary>What became of one uploaded file.</summary>
public sealed record IngestOutcome(FileRecord Record, string StatusUrl)
{
    public IngestBatchItem ToItem() => new(Record.IngestId, FileJson.StatusName(Record.Status), StatusUrl, FileJson.ToJson(Record));
}
