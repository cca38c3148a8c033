using System.Text;
using LaserGrains.Gateway.LaserOs.Events;
using Xunit;

namespace LaserGrains.Tests.Unit.LaserOs.Receiver;

public sealed class BatchParserTests
{
    private static string Event(long ingestId, string type = "file.processed") =>
        "{\"event_type\":\"" + type + "\",\"timestamp\":\"2026-12-01T10:00:00Z\",\"ingest_id\":" + ingestId +
        ",\"sequence\":2,\"file_data\":{\"ingest_id\":" + ingestId + ",\"original_filename\":\"bracket.dxf\"}}";

    private static string Entry(string id, string e) => $$"""{"id":"{{id}}","event":{{e}}}""";

    private static BatchParseResult Parse(string body, int max = 100) => BatchParser.Parse(Encoding.UTF8.GetBytes(body), max);

    [Fact]
    public void Parse_ReadsEveryEntry_WithItsIdAndEvent_InOrder()
    {
        var result = Parse($$"""{"events":[{{Entry("evt_5_2", Event(5))}},{{Entry("evt_3_1", Event(3, "file.ingested"))}}]}""");

        Assert.NotNull(result.Events);
        Assert.Equal(["evt_5_2", "evt_3_1"], result.Events.Select(e => e.Id));
        Assert.Equal([5L, 3L], result.Events.Select(e => e.Event.IngestId));
        Assert.Equal(["file.processed", "file.ingested"], result.Events.Select(e => e.Event.EventType));
        Assert.Equal(2, result.Events[0].Event.Sequence);
    }

    [Theory]
    [InlineData("[]", "The body must be a JSON object with an events array.")]
    [InlineData("{\"events\":{}}", "The body must be a JSON object with an events array.")]
    [InlineData("{\"events\":[]}", "A batch carries 1 to 100 events; this one has 0.")]
    [InlineData("{\"events\":[7]}", "events[0] must be an object with id and event.")]
    [InlineData("{\"events\":[{\"event\":{}}]}", "events[0].id is required, as a string of 1 to 200 characters.")]
    [InlineData("{\"events\":[{\"id\":\"\",\"event\":{}}]}", "events[0].id is required, as a string of 1 to 200 characters.")]
    [InlineData("{\"events\":[{\"id\":\"evt_1_1\"}]}", "events[0].event is required, as an object.")]
    public void Parse_RefusesAMalformedEnvelope_SayingWhat(string body, string problem)
    {
        var result = Parse(body);

        Assert.Null(result.Events);
        Assert.Equal("Invalid batch", result.Title);
        Assert.Equal(problem, result.Problem);
    }

    [Fact]
    public void Parse_OneBadEntry_RefusesTheWholeBatch_NamingItsIndexAndId()
    {
        var result = Parse($$"""{"events":[{{Entry("evt_5_2", Event(5))}},{{Entry("evt_6_1", Event(6, "file.exploded"))}}]}""");

        Assert.Null(result.Events);
        Assert.StartsWith("events[1] (id evt_6_1): event_type 'file.exploded' is not one the receiver handles", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AWrongFieldKind_IsAProblem_NotAnException()
    {
        var e = Event(5).Replace("\"original_filename\":\"bracket.dxf\"", "\"original_filename\":17", StringComparison.Ordinal);

        var result = Parse($$"""{"events":[{{Entry("evt_5_2", e)}}]}""");

        Assert.Null(result.Events);
        Assert.StartsWith("events[0] (id evt_5_2): ", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheSameIdTwice_OrMoreThanTheLimit_IsRefused()
    {
        Assert.Equal("events[1].id evt_5_2 appears twice in the batch.",
            Parse($$"""{"events":[{{Entry("evt_5_2", Event(5))}},{{Entry("evt_5_2", Event(5))}}]}""").Problem);
        Assert.Equal("A batch carries 1 to 1 events; this one has 2.",
            Parse($$"""{"events":[{{Entry("evt_5_2", Event(5))}},{{Entry("evt_6_2", Event(6))}}]}""", max: 1).Problem);
        Assert.StartsWith("The body is not valid JSON for a batch", Parse("{\"events\":[").Problem, StringComparison.Ordinal);
    }
}
