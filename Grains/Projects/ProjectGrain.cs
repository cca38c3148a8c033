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

        return await store.ClaimAsync(Project, claim);
    }

    public Task MarkAsync(long ingestId, VersionEntryState entryState) => store.MarkAsync(Project, ingestId, entryState);

    public Task<IReadOnlyList<VersionEntry>> GetVersionsAsync(string lineageKey) =>
        lineageKey.Length == 0 ? Task.FromResult<IReadOnlyList<VersionEntry>>([]) : store.VersionsAsync(Project, lineageKey);
}
