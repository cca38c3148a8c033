namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>What the receiver did with one delivery; every outcome answers 200 so the sender stops retrying.</summary>
public sealed record HandlingOutcome(string Status, string Message)
{
    public const string Handled = "handled";
    public const string Duplicate = "duplicate";
    public const string Stale = "stale";
}
