using System.Text;
using System.Text.Json;
using LaserGrains.Grains.Webhooks.Batching;
using LaserGrains.Grains.Webhooks.Delivery;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks;

public sealed class BatchBodyTests
{
    private static PendingDelivery D(string id, string payload) => new()
    {
        EventId = id, EventType = "file.processed", IngestId = 1, Sequence = 1, EventTime = DateTimeOffset.UnixEpoch, Payload = payload,
    };

    [Fact]
    public void Compose_CarriesEachBodyUnchanged_UnderItsEventId_InOrder()
    {
        var first = "{\"event_type\":\"file.processed\",\"ingest_id\":7,\"file_data\":{\"original_filename\":\"Bl\\u00e4ch \\\"A\\\".dxf\"}}";
        var second = "{\"event_type\":\"file.ingested\",\"ingest_id\":8,\"file_data\":{}}";

        var body = BatchBody.Compose([D("evt_7_2", first), D("evt_8_1", second)]);

        using var doc = JsonDocument.Parse(body);
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["evt_7_2", "evt_8_1"], events.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal([first, second], events.Select(e => e.GetProperty("event").GetRawText()));
        Assert.Equal("Bläch \"A\".dxf", events[0].GetProperty("event").GetProperty("file_data").GetProperty("original_filename").GetString());
        Assert.DoesNotContain("\n", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public void IdOf_NamesTheFirstEventAndTheCount_TheSameForTheSameBatch()
    {
        PendingDelivery[] batch = [D("evt_7_2", "{}"), D("evt_8_1", "{}"), D("evt_9_1", "{}")];

        Assert.Equal("batch_evt_7_2_3", BatchBody.IdOf(batch));
        Assert.Equal(BatchBody.IdOf(batch), BatchBody.IdOf([.. batch]));
        Assert.NotEqual(BatchBody.IdOf(batch), BatchBody.IdOf(batch[..2]));
    }
}
