namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>Whether a delivery is authentic and, when it is not, a reason that is safe to tell the sender.</summary>
public sealed record VerificationResult(bool IsValid, string? Failure)
{
    public static VerificationResult Valid { get; } = new(true, null);

    public static VerificationResult Reject(string failure) => new(false, failure);
}
