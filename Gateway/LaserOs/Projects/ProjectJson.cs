namespace LaserGrains.Gateway.LaserOs.Projects;

/// <summary>A Laser OS project (a job), with how many live design files it has.</summary>
public sealed record ProjectJson(long Id, string Code, string Name, string? ClientCode, DateTimeOffset CreatedAt, long DesignFiles);

/// <summary>POST /laser-os/projects body.</summary>
public sealed record CreateProjectRequest(string? Code, string? Name, string? ClientCode);

/// <summary>The created project and the unassigned design files that attached to it.</summary>
public sealed record CreatedProjectJson(ProjectJson Project, IReadOnlyList<long> AttachedIngestIds);
