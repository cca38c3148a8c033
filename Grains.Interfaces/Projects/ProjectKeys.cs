using System.Security.Cryptography;
using System.Text;

namespace LaserGrains.Grains.Interfaces.Projects;

/// <summary>Grain keys and lineage keys of projects, in one place so every caller builds them alike.</summary>
public static class ProjectKeys
{
    /// <summary>The pool of files whose project is not known yet.</summary>
    public const string Unassigned = "_unassigned";

    /// <summary>
    /// How many grains serve the pool's claims; a lineage always goes to the same one (a stable hash of its key), so
    /// unassigned uploads of different parts do not queue behind one grain. Changing it moves lineages between grains.
    /// </summary>
    public const int PoolShards = 64;

    /// <summary>The single grain that served the whole pool before it was sharded; it still answers for files placed then.</summary>
    public const string LegacyPoolKey = "prj:" + Unassigned;

    private const string PoolShardPrefix = LegacyPoolKey + "~";

    /// <summary>The grain a lineage's claims go to: "prj:" + upper-case code, or for the pool "prj:_unassigned~NN" by lineage.</summary>
    public static string GrainKey(string? projectCode, string lineageKey) =>
        string.IsNullOrWhiteSpace(projectCode) ? PoolShardKey(lineageKey) : GrainKey(projectCode);

    /// <summary>"prj:" + upper-case code: the prefix keeps a code like "ABC" from being read as a hex integer key; no code is the unsharded pool.</summary>
    public static string GrainKey(string? projectCode) =>
        "prj:" + (string.IsNullOrWhiteSpace(projectCode) ? Unassigned : projectCode.Trim().ToUpperInvariant());

    /// <summary>The pool grain of a lineage: its key's SHA-256, first byte, modulo <see cref="PoolShards"/>.</summary>
    public static string PoolShardKey(string lineageKey)
    {
        ArgumentNullException.ThrowIfNull(lineageKey);
        var shard = SHA256.HashData(Encoding.UTF8.GetBytes(lineageKey))[0] % PoolShards;
        return PoolShardPrefix + shard.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The project whose versions a grain key serves: the code, or <see cref="Unassigned"/> for every pool grain.</summary>
    public static string ProjectOf(string grainKey)
    {
        ArgumentNullException.ThrowIfNull(grainKey);
        return IsPool(grainKey) ? Unassigned : grainKey.StartsWith("prj:", StringComparison.Ordinal) ? grainKey[4..] : grainKey;
    }

    /// <summary>True for the pool's grains, the legacy one and its shards.</summary>
    public static bool IsPool(string grainKey) =>
        grainKey == LegacyPoolKey || grainKey.StartsWith(PoolShardPrefix, StringComparison.Ordinal);

    /// <summary>Whether two grain keys serve the same project's versions (two pool grains do).</summary>
    public static bool SameProject(string a, string b) => ProjectOf(a) == ProjectOf(b);

    /// <summary>family|part, e.g. "dxf|bracket": the unit that versions count within.</summary>
    public static string Lineage(string family, string normalisedPart) => family + "|" + normalisedPart;
}
