using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Grains.Interfaces.Events;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// The seed's handlers, one per event type, as pure decisions: from the file's state (as read, plus what earlier events
/// of the same transaction did) and whether its project exists, what to write and what to answer.
/// </summary>
public static class EventHandlers
{
    /// <summary>Decides <paramref name="e"/>; every handled event also gets one activity row with the returned message.</summary>
    public static HandlerResult Apply(ModuleNEvent e, FileState file, bool projectExists) => e.EventType switch
    {
        FileEventTypes.Ingested => new HandlerResult($"Module N received {e.File.OriginalFilename} (ingest {e.IngestId}).", null, file),
        FileEventTypes.Processed => Upsert(e, file, projectExists, e.File.Status ?? "completed", e.File.FailureReason, "processed"),
        FileEventTypes.ReExtracted => Upsert(e, file, projectExists, e.File.Status ?? "completed", e.File.FailureReason, "re-extracted"),
        FileEventTypes.Failed => Upsert(e, file, projectExists, "failed", e.FailureReason ?? "no reason given", "failed"),
        FileEventTypes.Deleted => Deleted(e, file),
        // The parser refuses other types before a transaction starts.
        _ => throw new InvalidOperationException($"No handler for {e.EventType}."),
    };

    private static HandlerResult Upsert(ModuleNEvent e, FileState file, bool projectExists, string status, string? reason, string verb)
    {
        // The upsert sets project_id from the project with the file's code; the project's lock is held, so what was read is what it finds.
        var assigned = e.File.ProjectCode is not null && projectExists;
        var where = assigned
            ? $"under project {e.File.ProjectCode}"
            : e.File.ProjectCode is null
                ? "unassigned (no project code)"
                : $"unassigned until project {e.File.ProjectCode} is created";
        var failure = status == "failed" ? $": {reason}" : "";
        var message = $"DesignFile {e.File.OriginalFilename} (ingest {e.IngestId}) {(file.Exists ? "updated" : "created")}, {verb}{failure}, {where}.";
        // last_sequence = coalesce(new, old), as the upsert writes it.
        return new HandlerResult(message, FileWrite.Upsert(e, status, reason), new FileState(true, e.Sequence ?? file.LastSequence));
    }

    private static HandlerResult Deleted(ModuleNEvent e, FileState file)
    {
        if (!file.Exists)
        {
            return new HandlerResult($"Module N deleted {e.File.OriginalFilename} (ingest {e.IngestId}); there was no DesignFile for it.", null, file);
        }

        var kind = e.HardDelete ? "hard deleted in Module N; the record is kept, marked deleted" : "soft deleted";
        return new HandlerResult(
            $"DesignFile {e.File.OriginalFilename} (ingest {e.IngestId}) {kind}.", FileWrite.Delete(e), new FileState(true, e.Sequence ?? file.LastSequence));
    }
}
