using System.Text;
using System.Text.Json;
using LaserGrains.Grains.Events;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Events;

/// <summary>Every event body fits the receiver's limit, however big the record; a small record's event is untouched.</summary>
public sealed class EventBodyLimitTests
{
    private static readonly DateTimeOffset At = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(16 * 1024)]
    [InlineData(64 * 1024)]
    [InlineData(EventBodyLimit.DefaultMaxBytes)]
    public void Create_HugeRecord_BodyFitsAndSaysItWasShortened(int maxBytes)
    {
        var record = Record(parts: 100, partNameLength: 3000, warnings: 3000, properties: 5000);

        var e = FileEventPayload.Create("file.processed", record, 2, At, new Dictionary<string, object?> { ["reason"] = new string('r', 5000) }, maxBytes);

        Assert.True(Encoding.UTF8.GetByteCount(e.Payload) <= maxBytes, $"{Encoding.UTF8.GetByteCount(e.Payload)} > {maxBytes}");
        using var doc = JsonDocument.Parse(e.Payload);
        var file = doc.RootElement.GetProperty("file_data");
        Assert.Equal("evt_9_2", doc.RootElement.GetProperty("event_id").GetString());
        Assert.True(file.GetProperty("file_data_truncated").GetBoolean());
        Assert.True(file.GetProperty("parts_truncated").GetBoolean());
        Assert.Equal(9, file.GetProperty("ingest_id").GetInt64());
        Assert.Equal("completed", file.GetProperty("status").GetString());
    }

    [Fact]
    public void Create_SmallRecord_KeepsEverything()
    {
        var record = Record(parts: 3, partNameLength: 10, warnings: 2, properties: 2);

        var e = FileEventPayload.Create("file.processed", record, 2, At);

        using var doc = JsonDocument.Parse(e.Payload);
        var file = doc.RootElement.GetProperty("file_data");
        Assert.False(file.TryGetProperty("file_data_truncated", out _));
        Assert.Equal(3, file.GetProperty("parts").GetArrayLength());
        Assert.Equal(2, file.GetProperty("warnings").GetArrayLength());
    }

    private static FileRecord Record(int parts, int partNameLength, int warnings, int properties) => new()
    {
        IngestId = 9, OriginalFilename = "job.xlsx", Kind = FileKind.Xlsx, FileSize = 10, Sha256 = new string('a', 64),
        Status = FileStatus.Completed, Metadata = FileMetadata.Empty, CreatedAt = At,
        Parts = [.. Enumerable.Range(1, parts).Select(r => new JobSheetPart("Job", r, new string('p', partNameLength), "MS", 5, 1, null))],
        PartsTotal = parts * 10,
        Warnings = [.. Enumerable.Range(0, warnings).Select(i => $"warning {i} " + new string('w', 300))],
        Properties = Enumerable.Range(0, properties).ToDictionary(i => $"key{i}", i => new string('v', 200)),
    };
}
