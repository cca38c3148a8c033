using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Projects;

/// <summary>
/// Allocates version numbers of a project's parts (for the pool of unassigned files: of one shard of its lineages) one
/// claim at a time, so racing uploads never share a number. The entries live in lg_versions (<see cref="VersionStore"/>):
/// a claim writes one row, and the grain keeps nothing of the project in memory.
/// </summary>
public sealed class ProjectGrain(
    [PersistentState("project", StorageNames.Files)] IPersistentState<ProjectState> state, VersionStore store) : Grain, IProjectGrain
{
    private string Key => this.GetPrimaryKeyString();

    private string Project => ProjectKeys.ProjectOf(Key);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A grain state from before lg_versions moves there once; then the state is cleared.
        if (state.State.Lineages.Count > 0)
        {
            await store.ImportAsync(Project, state.State.Lineages);
            await state.ClearStateAsync(cancellationToken);
        }

        // The pool's lineages may still sit in the state of the single pool grain from before the shards: activating
        // it (any call does) imports them before this shard numbers anything.
        if (Key != ProjectKeys.LegacyPoolKey && ProjectKeys.IsPool(Key))
        {
            await GrainFactory.GetGrain<IProjectGrain>(ProjectKeys.LegacyPoolKey).GetVersionsAsync("");
        }
    }

    public async Task<VersionGrant> ClaimAsync(VersionClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        // Claims are numbered by the lineage's shard, whoever asks.
        if (Key == ProjectKeys.LegacyPoolKey) return await GrainFactory.GetGrain<IProjectGrain>(ProjectKeys.PoolShardKey(claim.LineageKey)).ClaimAsync(claim);

        await using var session = await store.BeginClaimAsync(Project, claim);
        var view = await session.ReadAsync();
        var grant = view.Own is { } own ? await RefreshAsync(session, own, view.Previous, claim)
            : view.LiveWithSameBytes is { } original ? new VersionGrant(original.Version, original.IngestId, [$"same bytes as file {original.IngestId}"])
            : await AddAsync(session, view, claim);
        await session.CommitAsync();
        return grant;
    }

    public Task MarkAsync(long ingestId, VersionEntryState entryState) => store.MarkAsync(Project, ingestId, entryState);

    public Task<IReadOnlyList<VersionEntry>> GetVersionsAsync(string lineageKey) =>
        lineageKey.Length == 0 ? Task.FromResult<IReadOnlyList<VersionEntry>>([]) : store.VersionsAsync(Project, lineageKey);

    // A repeated claim (retry, re-extraction, restore): keep the number, refresh the facts.
    private static async Task<VersionGrant> RefreshAsync(ClaimSession session, VersionEntry own, VersionEntry? previous, VersionClaim claim)
    {
        var refreshed = own with
        {
            Sha256 = claim.Sha256, MaterialCode = claim.MaterialCode, ThicknessMm = claim.ThicknessMm,
            Quantity = claim.Quantity, State = VersionEntryState.Live, Changes = VersionChanges.Between(previous, claim),
        };
        if (!Same(refreshed, own)) await session.RefreshAsync(refreshed);
        return new VersionGrant(refreshed.Version, null, refreshed.Changes);
    }

    // A new entry; a file moving here from another lineage leaves its old entry behind, marked removed.
    private static async Task<VersionGrant> AddAsync(ClaimSession session, ClaimView view, VersionClaim claim)
    {
        var (version, warning) = VersionNumbers.Next(view.Highest, view.DeclaredTaken, claim.DeclaredVersion);
        var entry = new VersionEntry(
            version, claim.IngestId, claim.Sha256, claim.MaterialCode, claim.ThicknessMm, claim.Quantity, claim.At,
            VersionChanges.Between(view.Previous, claim), VersionEntryState.Live);
        await session.AddAsync(entry);
        return new VersionGrant(entry.Version, null, entry.Changes) { Warning = warning };
    }

    // Records compare their lists by reference: the changes are compared by content.
    private static bool Same(VersionEntry a, VersionEntry b) => a with { Changes = b.Changes } == b && a.Changes.SequenceEqual(b.Changes);
}
