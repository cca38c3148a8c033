using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Projects;

/// <summary>Allocates version numbers of a project's parts one claim at a time, so racing uploads never share a number.</summary>
public sealed class ProjectGrain(
    [PersistentState("project", StorageNames.Files)] IPersistentState<ProjectState> state) : Grain, IProjectGrain
{
    private Dictionary<string, List<VersionEntry>> Lineages => state.State.Lineages;

    public async Task<VersionGrant> ClaimAsync(VersionClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var lineage = Lineages.TryGetValue(claim.LineageKey, out var l) ? l : Lineages[claim.LineageKey] = [];
        var own = lineage.FindIndex(e => e.IngestId == claim.IngestId);
        if (own >= 0)
        {
            // A repeated claim (retry, re-extraction, restore): keep the number, refresh the facts.
            var refreshed = lineage[own] with
            {
                Sha256 = claim.Sha256, MaterialCode = claim.MaterialCode, ThicknessMm = claim.ThicknessMm,
                Quantity = claim.Quantity, State = VersionEntryState.Live,
                Changes = VersionChanges.Between(Previous(lineage, own), claim),
            };
            var changed = refreshed != lineage[own];
            lineage[own] = refreshed;
            if (changed) await state.WriteStateAsync();
            return new VersionGrant(refreshed.Version, null, refreshed.Changes);
        }

        if (LiveWithBytes(claim.Sha256, claim.IngestId) is { } original)
        {
            return new VersionGrant(original.Version, original.IngestId, [$"same bytes as file {original.IngestId}"]);
        }

        // A file moving here from another lineage leaves its old entry behind, marked removed.
        RemoveEverywhere(claim.IngestId);
        var (version, warning) = VersionNumbers.Next(lineage, claim.DeclaredVersion);
        var entry = new VersionEntry(
            version, claim.IngestId, claim.Sha256,
            claim.MaterialCode, claim.ThicknessMm, claim.Quantity, claim.At,
            VersionChanges.Between(Previous(lineage, lineage.Count), claim), VersionEntryState.Live);
        lineage.Add(entry);
        await state.WriteStateAsync();
        return new VersionGrant(entry.Version, null, entry.Changes) { Warning = warning };
    }

    public async Task MarkAsync(long ingestId, VersionEntryState entryState)
    {
        var changed = false;
        foreach (var lineage in Lineages.Values)
        {
            for (var i = 0; i < lineage.Count; i++)
            {
                if (lineage[i].IngestId != ingestId || lineage[i].State == entryState) continue;
                // A removed version keeps its number (never reused) but none of the file's facts: a hard delete leaves
                // nothing of the file here, and a later claim of the same file brings the facts back.
                lineage[i] = entryState == VersionEntryState.Removed
                    ? lineage[i] with { State = entryState, Sha256 = "", MaterialCode = null, ThicknessMm = null, Quantity = null, Changes = [] }
                    : lineage[i] with { State = entryState };
                changed = true;
            }
        }

        if (changed) await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<VersionEntry>> GetVersionsAsync(string lineageKey) =>
        Task.FromResult<IReadOnlyList<VersionEntry>>(Lineages.TryGetValue(lineageKey, out var l) ? [.. l] : []);

    private VersionEntry? LiveWithBytes(string sha256, long except) =>
        Lineages.Values.SelectMany(l => l)
            .FirstOrDefault(e => e.State == VersionEntryState.Live && e.IngestId != except && e.Sha256 == sha256);

    private void RemoveEverywhere(long ingestId)
    {
        foreach (var lineage in Lineages.Values)
        {
            for (var i = 0; i < lineage.Count; i++)
            {
                if (lineage[i].IngestId == ingestId) lineage[i] = lineage[i] with { State = VersionEntryState.Removed };
            }
        }
    }

    // The version a new one is compared with: the latest earlier one that is still in the lineage.
    private static VersionEntry? Previous(List<VersionEntry> lineage, int before) =>
        lineage.Take(before).LastOrDefault(e => e.State != VersionEntryState.Removed);
}
