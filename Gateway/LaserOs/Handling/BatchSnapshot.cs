namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// What one shared transaction read, under the locks of all its files and projects, before deciding its events: the
/// files' rows, the batch's webhook-ids already handled and the batch's project codes that name a project.
/// </summary>
public sealed record BatchSnapshot(
    IReadOnlyDictionary<long, FileState> Files,
    IReadOnlySet<string> HandledWebhookIds,
    IReadOnlySet<string> ExistingProjects)
{
    public FileState File(long ingestId) => Files.TryGetValue(ingestId, out var state) ? state : FileState.None;
}
