using System.Text.Json.Nodes;
using LaserGrains.Grains.Events;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Events;

/// <summary>The event body written straight to text is the same JSON as the tree that the size limit shortens when it must.</summary>
/// <remarks>Not the same bytes: the tree escapes the "+" of a time offset as \u002B, the writer leaves it, as JSON allows both.</remarks>
public sealed class FileEventPayloadTests
{
    private static readonly DateTimeOffset At = new(2025, 10, 1, 12, 0, 0, 123, TimeSpan.FromHours(2));
    private static readonly string[] Fields = ["material", "thickness_mm"];

    public static TheoryData<string, FileRecord, IReadOnlyDictionary<string, object?>?> Bodies() => new()
    {
        { "file.ingested", new FileRecord { IngestId = 1, OriginalFilename = "a.dxf", Kind = FileKind.DxfAscii, FileSize = 145, Sha256 = new string('a', 64), Status = FileStatus.Received, Metadata = FileMetadata.Empty, CreatedAt = At }, null },
        { "file.processed", Rich(), null },
        { "file.failed", Rich() with { Status = FileStatus.Failed, FailureReason = "Kein gültiges DXF: \"<SECTION>\" fehlt" },
            new Dictionary<string, object?> { ["reason"] = "Kein gültiges DXF – \u2028 & <tag>", ["code"] = "dxf_invalid", ["fields"] = Fields, ["n"] = 2.5 } },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Create_WritesTheTreesText(string eventType, FileRecord record, IReadOnlyDictionary<string, object?>? data)
    {
        var e = FileEventPayload.Create(eventType, record, 7, At, data);

        var tree = FileEventPayload.Tree(eventType, record, 7, At, data);
        Assert.True(JsonNode.DeepEquals(tree, JsonNode.Parse(e.Payload)), $"{tree.ToJsonString()}\n{e.Payload}");
        Assert.Equal(tree.ToJsonString(), e.Payload.Replace("+", "\\u002B", StringComparison.Ordinal));
        Assert.Equal($"evt_{record.IngestId}_7", e.EventId);
    }

    private static FileRecord Rich() => new()
    {
        IngestId = 42, OriginalFilename = "CL0042 Träger Ø12 – 5mm ×4.dxf", StoredFilename = "CL0042-PRJ9-traeger-v2.dxf", Kind = FileKind.DxfAscii,
        FileSize = 6600, Sha256 = new string('b', 64), Status = FileStatus.Completed, CreatedAt = At, ProcessedAt = At.AddSeconds(1), Version = 2,
        Metadata = FileMetadata.Empty with
        {
            ClientCode = new MetadataField<string>("CL0042", MetadataSource.Filename, 0.9),
            ThicknessMm = new MetadataField<double>(5.0, MetadataSource.Filename, 0.8),
            Quantity = new MetadataField<int>(4, MetadataSource.Filename, 0.7),
        },
        Warnings = ["Duplicate: same bytes as file 41", "naïve \"quoted\" text"],
        Properties = new Dictionary<string, string> { ["AUTHOR"] = "J. Müller", ["NOTE"] = "a < b & c > d" },
    };
}
