namespace LaserGrains.Grains.Interfaces.Projects;

/// <summary>Grain keys and lineage keys of projects, in one place so every caller builds them alike.</summary>
public static class ProjectKeys
{
    /// <summary>The pool of files whose project is not known yet.</summary>
    public const string Unassigned = "_unassigned";

    /// <summary>"prj:" + upper-case code: the prefix keeps a code like "ABC" from being read as a hex integer key.</summary>
    public static string GrainKey(string? projectCode) =>
        "prj:" + (string.IsNullOrWhiteSpace(projectCode) ? Unassigned : projectCode.Trim().ToUpperInvariant());

    /// <summary>family|part, e.g. "dxf|bracket": the unit that versions count within.</summary>
    public static string Lineage(string family, string normalisedPart) => family + "|" + normalisedPart;
}
