using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;

namespace LaserGrains.Gateway.Auth.Links;

/// <summary>What a link's holder sees of a file they uploaded: its status, not the shop's data about it.</summary>
public sealed record LinkFileJson(long IngestId, string OriginalFilename, long FileSize, string Status, string? FailureReason, DateTimeOffset CreatedAt)
{
    public static LinkFileJson From(FileRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.IngestId, r.OriginalFilename, r.FileSize, FileJson.StatusName(r.Status), r.FailureReason, r.CreatedAt);
    }
}
