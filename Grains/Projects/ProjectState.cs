using LaserGrains.Grains.Interfaces.Projects;

namespace LaserGrains.Grains.Projects;

/// <summary>What a project grain persisted before lg_versions (every lineage with its versions, oldest first); read once at activation, imported, cleared.</summary>
[GenerateSerializer, Alias("lg.project-state")]
public sealed class ProjectState
{
    [Id(0)] public Dictionary<string, List<VersionEntry>> Lineages { get; set; } = [];
}
