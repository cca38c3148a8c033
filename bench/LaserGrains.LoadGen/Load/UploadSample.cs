namespace LaserGrains.LoadGen.Load;

/// <summary>One upload: when it was due, how it was answered, and when its file completed and reached Laser OS.</summary>
public sealed class UploadSample
{
    /// <summary>Elapsed time from the run's start to when this upload was due (open loop) or started (closed loop).</summary>
    public TimeSpan Due { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public bool Measured { get; init; }
    public TimeSpan? Answer { get; set; }
    /// <summary>HTTP status, or 0 when no answer came (the error says why).</summary>
    public int Status { get; set; }
    public string? Error { get; set; }
    public long IngestId { get; set; }
    public string? FinalStatus { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? DesignFileAt { get; set; }

    public bool Accepted => Status is >= 200 and < 300 && IngestId > 0;
}
