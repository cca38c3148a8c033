using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;

namespace LaserGrains.Gateway.Ingest;

/// <summary>What became of one uploaded file.</summary>
public sealed record IngestOutcome(FileRecord Record, string StatusUrl)
{
    public IngestBatchItem ToItem() => new(Record.IngestId, FileJson.StatusName(Record.Status), StatusUrl, FileJson.ToJson(Record));
}
