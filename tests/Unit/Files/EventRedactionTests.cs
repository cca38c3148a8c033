using System.Text.Json;
using LaserGrains.Grains.Events;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Files;

/// <summary>What an event of a hard-deleted file keeps.</summary>
public sealed class EventRedactionTests
{
    [Fact]
    public void Redact_KeepsEnvelopeAndName_DropsExtractedDataAndData()
    {
        var record = new FileRecord
        {
            IngestId = 42, OriginalFilename = "bracket.dxf", Kind = FileKind.DxfAscii, FileSize = 123, Sha256 = new string('a', 64),
            Status = FileStatus.Completed, CreatedAt = DateTimeOffset.UnixEpoch,
            Metadata = FileMetadata.Empty with { PartName = new MetadataField<string>("SecretPart", MetadataSource.Manual, 1) },
        };
        var e = FileEventPayload.Create("file.processed", record, 2, DateTimeOffset.UnixEpoch, new Dictionary<string, object?> { ["reason"] = "x" });

        var redacted = EventRedaction.Redact(e);

        Assert.Equal(e.EventId, redacted.EventId);
        Assert.DoesNotContain("SecretPart", redacted.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Sha256, redacted.Payload, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(redacted.Payload);
        var root = doc.RootElement;
        Assert.Equal("file.processed", root.GetProperty("event_type").GetString());
        Assert.Equal(42, root.GetProperty("ingest_id").GetInt64());
        Assert.Equal(2, root.GetProperty("sequence").GetInt64());
        Assert.True(root.GetProperty("redacted").GetBoolean());
        Assert.False(root.TryGetProperty("data", out _));
        Assert.Equal("bracket.dxf", root.GetProperty("file_data").GetProperty("original_filename").GetString());
        Assert.Equal("deleted", root.GetProperty("file_data").GetProperty("status").GetString());
    }

    [Fact]
    public void RedactPayload_OfARedactedPayload_ReturnsItUnchanged()
    {
        var record = new FileRecord
        {
            IngestId = 7, OriginalFilename = "plate.dxf", Kind = FileKind.DxfAscii, FileSize = 5, Sha256 = new string('b', 64),
            Status = FileStatus.Completed, CreatedAt = DateTimeOffset.UnixEpoch, Metadata = FileMetadata.Empty,
        };
        var e = FileEventPayload.Create("file.ingested", record, 1, DateTimeOffset.UnixEpoch);

        var once = EventRedaction.RedactPayload(e.Payload, e.IngestId, e.Sequence);

        Assert.NotEqual(e.Payload, once);
        Assert.Equal(once, EventRedaction.RedactPayload(once, e.IngestId, e.Sequence));
    }
}
