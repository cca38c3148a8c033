using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Projects;
using LaserGrains.Grains.Storage;
using LaserGrains.Shared.Json;

namespace LaserGrains.Grains.Files;

/// <summary>Gives a completed file its version (from the project grain), its stored name and its place in the library.</summary>
public sealed class FilePlacement(IGrainFactory grains, ILibrary library)
{
    private const string DuplicateWarning = "Duplicate: ";
    private const string VersionWarning = "Version: ";

    /// <summary>Claims or re-claims the version and moves the library entry when the name changed; files not completed are left unplaced.</summary>
    public async Task PlaceAsync(FileState s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Status != FileStatus.Completed || s.Blob is null) return;
        var lineage = LineageOf(s);
        var project = ProjectKeys.GrainKey(s.Metadata.ProjectCode?.Value, lineage);
        // Within one project (two pool grains are one project) the claim itself marks the file's old entry removed.
        if (s.LineageProject is { } old && !ProjectKeys.SameProject(old, project))
        {
            await grains.GetGrain<IProjectGrain>(old).MarkAsync(s.IngestId, VersionEntryState.Removed);
        }

        var m = s.Metadata;
        var grant = await grains.GetGrain<IProjectGrain>(project).ClaimAsync(new VersionClaim(
            s.IngestId, lineage, s.Blob.Sha256, m.MaterialCode?.Value, m.ThicknessMm?.Value, m.Quantity?.Value, now)
        { DeclaredVersion = DeclaredVersion(s) });
        s.LineageProject = project;
        s.Version = grant.Version;
        s.DuplicateOf = grant.DuplicateOf;
        s.Warnings.RemoveAll(w => w.StartsWith(DuplicateWarning, StringComparison.Ordinal) || w.StartsWith(VersionWarning, StringComparison.Ordinal));
        if (grant.Warning is { } versionWarning) s.Warnings.Add(VersionWarning + versionWarning);
        if (grant.DuplicateOf is { } original)
        {
            await PointAtOriginalAsync(s, original);
            return;
        }

        s.LineageKey = lineage;
        s.StoredFilename = StoredFilename.Build(m, grant.Version, Path.GetExtension(s.OriginalFilename));
        var target = StoredFilename.Folder(m) + "/" + s.StoredFilename;
        if (s.FilePath == target) return;
        if (s.FilePath is { } previous) await library.UnlinkAsync(previous, CancellationToken.None);
        s.FilePath = await library.LinkAsync(s.Blob.Sha256, target, CancellationToken.None);
    }

    /// <summary>Takes the file out of the library and marks its version entry; the version number stays taken.</summary>
    public async Task UnplaceAsync(FileState s, VersionEntryState entryState)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.FilePath is { } path && s.DuplicateOf is null) await library.UnlinkAsync(path, CancellationToken.None);
        s.FilePath = null;
        if (s.LineageProject is { } project) await grains.GetGrain<IProjectGrain>(project).MarkAsync(s.IngestId, entryState);
    }

    /// <summary>The versions of the file's lineage; a duplicate shows its original's.</summary>
    public async Task<IReadOnlyList<VersionEntry>> VersionsAsync(FileState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.DuplicateOf is { } original) return await grains.GetGrain<IFileGrain>(original).GetVersionsAsync();
        return s.LineageProject is { } p && s.LineageKey is { } l ? await grains.GetGrain<IProjectGrain>(p).GetVersionsAsync(l) : [];
    }

    /// <summary>kind family | normalised part name, e.g. "dxf|bracket_left"; the original name's stem stands in for a missing part.</summary>
    public static string LineageOf(FileState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var part = s.Metadata.PartName?.Value ?? Path.GetFileNameWithoutExtension(s.OriginalFilename);
        var normalised = SafeName.Text(part).ToLowerInvariant();
        return ProjectKeys.Lineage(FileJson.TypeName(s.Kind), normalised.Length == 0 ? "_" : normalised);
    }

    /// <summary>The version the name declares ("-v3"), else a numeric revision ("rev3", "REV 2"); null otherwise.</summary>
    public static int? DeclaredVersion(FileState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return FilenameParser.ParseVersion(s.OriginalFilename)
            ?? (int.TryParse(s.Metadata.Revision?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : null);
    }

    // A duplicate owns no library entry: it shows where its original's bytes are filed.
    private async Task PointAtOriginalAsync(FileState s, long original)
    {
        if (s.FilePath is { } own && s.LineageKey is not null) await library.UnlinkAsync(own, CancellationToken.None);
        var record = await grains.GetGrain<IFileGrain>(original).GetAsync();
        s.LineageKey = null;
        s.StoredFilename = record?.StoredFilename;
        s.FilePath = record?.FilePath;
        s.Warnings.Add($"{DuplicateWarning}the same bytes are already file {original} in project {s.Metadata.ProjectCode?.Value ?? ProjectKeys.Unassigned}; no new version was created.");
    }
}
