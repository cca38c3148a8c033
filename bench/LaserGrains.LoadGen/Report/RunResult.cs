using LaserGrains.LoadGen.Measure;

namespace LaserGrains.LoadGen.Report;

/// <summary>Everything one run measured; written as JSON with --json for the fault suite and the integrator.</summary>
public sealed record RunResult
{
    public required DateTimeOffset StartedAt { get; init; }
    public required string LoadAverageStart { get; init; }
    public required string LoadAverageEnd { get; init; }
    public required string Mode { get; init; }
    public required string File { get; init; }
    public required int FileBytes { get; init; }
    public required bool Wait { get; init; }
    public required IReadOnlyList<string> Gateways { get; init; }
    public required double DurationSeconds { get; init; }
    public required double WarmupSeconds { get; init; }
    /// <summary>Uploads due in the measured window (after warm-up) and how many of them were accepted (2xx).</summary>
    public required int Sent { get; init; }
    public required int Accepted { get; init; }
    public required double AcceptedPerSecond { get; init; }
    public required LatencySummary UploadAnswerMs { get; init; }
    public required LatencySummary UploadToCompletedMs { get; init; }
    public required LatencySummary UploadToDesignFileMs { get; init; }
    /// <summary>Answers other than 2xx by status code, and failures without an answer by kind, over warm-up and run.</summary>
    public required IReadOnlyDictionary<string, int> Errors { get; init; }
    public required IReadOnlyList<CpuPerFile> Cpu { get; init; }
    public required PostgresPerFile Postgres { get; init; }
    public required Settlement Settlement { get; init; }
    /// <summary>The five seconds whose uploads waited longest for an answer (<see cref="SlowSeconds"/>).</summary>
    public required IReadOnlyList<SecondOfRun> SlowestSeconds { get; init; }
}

/// <summary>CPU one group of processes spent in the measured window, in total and per accepted file.</summary>
public sealed record CpuPerFile(string Name, double Seconds, double? MsPerFile, int Processes, int Vanished);

/// <summary>PostgreSQL work per accepted file: commits (without the load generator's own statements), rows inserted and updated.</summary>
public sealed record PostgresPerFile(long Commits, long OwnStatements, long Rollbacks, double? CommitsPerFile, double? InsertsPerFile, double? UpdatesPerFile, double? DeletesPerFile);

/// <summary>Whether every accepted upload (warm-up included) reached a final status and a DesignFile.</summary>
public sealed record Settlement(int Accepted, int Completed, int Failed, int Unsettled, int DesignFiles, int DesignFilesMissing, double SecondsToSettle, bool AllSettled);
