namespace LaserGrains.Tests.Unit.Extraction.Robustness;

/// <summary>How one extractor run on one input ended.</summary>
public enum RunOutcome
{
    /// <summary>A result came back.</summary>
    Result,

    /// <summary>An ExtractionFailedException with a reason: the contract for bad input.</summary>
    Refused,

    /// <summary>The run noticed its cancellation token: slow, but it stopped when asked.</summary>
    Cancelled,

    /// <summary>Any other exception escaped: a bug.</summary>
    Crashed,

    /// <summary>The run ignored cancellation and did not finish in time: a bug.</summary>
    Hung,
}
