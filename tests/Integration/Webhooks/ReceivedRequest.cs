using System.Text.Json;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>One request the test receiver got, with the answer it gave.</summary>
public sealed record ReceivedRequest(
    string Id,
    string Timestamp,
    string Signature,
    string ContentType,
    string UserAgent,
    string Body,
    DateTimeOffset At,
    int Answer,
    string TraceParent = "")
{
    private JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public long IngestId => Json.GetProperty("ingest_id").GetInt64();

    public long Sequence => Json.GetProperty("sequence").GetInt64();

    public string EventType => Json.GetProperty("event_type").GetString()!;

    public string BodyEventId => Json.GetProperty("event_id").GetString()!;

    public bool Ok => Answer is >= 200 and < 300;
}
