namespace LaserGrains.Gateway.Auth.Links;

/// <summary>A customer upload link as stored: the project it uploads into, its limits and use; the token only as its prefix.</summary>
public sealed record UploadLink(
    long Id,
    string Prefix,
    string ClientCode,
    string ProjectCode,
    string? Description,
    DateTimeOffset ExpiresAt,
    int? MaxFiles,
    long? MaxFileBytes,
    int FilesUsed,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);

/// <summary>What an operator asks for when creating a link.</summary>
public sealed record UploadLinkDraft(
    string ClientCode, string ProjectCode, string? Description, DateTimeOffset ExpiresAt, int? MaxFiles, long? MaxFileBytes);
