using System.Text.Json.Nodes;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Event bodies in the shape our sender produces (Grains/Events/FileEventPayload), with fresh ids per test.</summary>
internal static class EventBodies
{
    private static long _next = Random.Shared.NextInt64(1_000_000, 1_000_000_000);

    public static long NewIngestId() => Interlocked.Add(ref _next, 10);

    public static string NewProjectCode() => $"JB-2025-10-CL{Random.Shared.Next(1000, 9999)}-{Random.Shared.Next(100, 999)}";

    public static JsonObject Event(string type, long ingestId, long? sequence, string? projectCode, string filename = "bracket.dxf")
    {
        var fileData = new JsonObject
        {
            ["ingest_id"] = ingestId,
            ["original_filename"] = filename,
            ["stored_filename"] = $"CL0001-{projectCode}-Bracket-MS-5mm-x10-v1.dxf",
            ["file_path"] = $"CL0001/{projectCode}/CL0001-{projectCode}-Bracket-MS-5mm-x10-v1.dxf",
            ["file_type"] = "dxf",
            ["file_size"] = 12345,
            ["status"] = type == "file.failed" ? "failed" : "completed",
            ["confidence_score"] = 0.95,
            ["client_code"] = "CL0001",
            ["project_code"] = projectCode,
            ["part_name"] = "Bracket",
            ["material"] = "Mild Steel",
            ["thickness_mm"] = 5.0,
            ["quantity"] = 10,
            ["version"] = 1,
        };
        var body = new JsonObject
        {
            ["event_id"] = $"evt_{ingestId}_{sequence}",
            ["event_type"] = type,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["ingest_id"] = ingestId,
            ["file_data"] = fileData,
        };
        if (sequence is { } s) body["sequence"] = s;
        return body;
    }
}
