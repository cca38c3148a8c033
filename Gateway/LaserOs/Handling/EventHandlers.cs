using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Grains.Interfaces.Events;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>The seed's handlers, one per event type; each writes only through the transaction it is given.</summary>
public static class EventHandlers
{
    /// <summary>Applies <paramref name="e"/> and logs it; returns what was done, for the answer and the log.</summary>
    public static Task<string> ApplyAsync(LaserOsTransaction tx, string webhookId, ModuleNEvent e) => e.EventType switch
    {
        FileEventTypes.Ingested => IngestedAsync(tx, webhookId, e),
        FileEventTypes.Processed => UpsertAsync(tx, webhookId, e, e.File.Status ?? "completed", e.File.FailureReason, "processed"),
        FileEventTypes.ReExtracted => UpsertAsync(tx, webhookId, e, e.File.Status ?? "completed", e.File.FailureReason, "re-extracted"),
        FileEventTypes.Failed => UpsertAsync(tx, webhookId, e, "failed", e.FailureReason ?? "no reason given", "failed"),
        FileEventTypes.Deleted => DeletedAsync(tx, webhookId, e),
        // The parser refuses other types before a transaction starts.
        _ => throw new InvalidOperationException($"No handler for {e.EventType}."),
    };

    private static async Task<string> IngestedAsync(LaserOsTransaction tx, string webhookId, ModuleNEvent e)
    {
        var message = $"Module N received {e.File.OriginalFilename} (ingest {e.IngestId}).";
        await ActivityLog.AddAsync(tx, e.File.ProjectCode, e.IngestId, webhookId, e.EventType, message);
        return message;
    }

    private static async Task<string> UpsertAsync(LaserOsTransaction tx, string webhookId, ModuleNEvent e, string status, string? reason, string verb)
    {
        // Held until commit, so a project created at this moment either sees this row or is seen by it.
        if (e.File.ProjectCode is { } code) await tx.LockProjectAsync(code);
        var (created, assigned) = await DesignFiles.UpsertAsync(tx, e, status, reason);
        var where = assigned
            ? $"under project {e.File.ProjectCode}"
            : e.File.ProjectCode is null
                ? "unassigned (no project code)"
                : $"unassigned until project {e.File.ProjectCode} is created";
        var failure = status == "failed" ? $": {reason}" : "";
        var message = $"DesignFile {e.File.OriginalFilename} (ingest {e.IngestId}) {(created ? "created" : "updated")}, {verb}{failure}, {where}.";
        await ActivityLog.AddAsync(tx, e.File.ProjectCode, e.IngestId, webhookId, e.EventType, message);
        return message;
    }

    private static async Task<string> DeletedAsync(LaserOsTransaction tx, string webhookId, ModuleNEvent e)
    {
        var found = await DesignFiles.MarkDeletedAsync(tx, e);
        var kind = e.HardDelete ? "hard deleted in Module N; the record is kept, marked deleted" : "soft deleted";
        var message = found
            ? $"DesignFile {e.File.OriginalFilename} (ingest {e.IngestId}) {kind}."
            : $"Module N deleted {e.File.OriginalFilename} (ingest {e.IngestId}); there was no DesignFile for it.";
        await ActivityLog.AddAsync(tx, e.File.ProjectCode, e.IngestId, webhookId, e.EventType, message);
        return message;
    }
}
