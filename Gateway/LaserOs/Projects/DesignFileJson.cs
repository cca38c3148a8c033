namespace LaserGrains.Gateway.LaserOs.Projects;

/// <summary>A DesignFile as the Laser OS API shows it.</summary>
public sealed record DesignFileJson(
    long IngestId,
    string? ProjectCode,
    bool Assigned,
    string? ClientCode,
    string OriginalFilename,
    string? StoredFilename,
    string? FilePath,
    string? FileType,
    long? FileSize,
    string Status,
    string? FailureReason,
    double? ConfidenceScore,
    string? PartName,
    string? Material,
    double? ThicknessMm,
    int? Quantity,
    int? Version,
    long? LastSequence,
    string LastEventType,
    bool IsDeleted,
    bool HardDeleted,
    DateTimeOffset? DeletedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One activity-log entry.</summary>
public sealed record ActivityJson(long Id, string? ProjectCode, long? IngestId, string? WebhookId, string Action, string Message, DateTimeOffset CreatedAt);
