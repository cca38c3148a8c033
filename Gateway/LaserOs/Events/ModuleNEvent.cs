namespace LaserGrains.Gateway.LaserOs.Events;

/// <summary>One Module N event as the receiver understands it, read from the seed's payload shape.</summary>
public sealed record ModuleNEvent(
    string EventType,
    DateTimeOffset Timestamp,
    long IngestId,
    // Per-file order from the sender; absent in hand-made events such as the seed's curl example.
    long? Sequence,
    DesignFileData File,
    // file_data exactly as received, stored with the DesignFile.
    string FileDataJson,
    bool HardDelete,
    // data.reason, else file_data.failure_reason.
    string? FailureReason);
