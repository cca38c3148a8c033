using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>The checks both receiver endpoints make before reading an event: configured, signed, within the size limit, authentic.</summary>
public static class SignedBody
{
    private static readonly string[] RequiredHeaders = ["webhook-id", "webhook-timestamp", "webhook-signature"];

    /// <summary>The verified body, or the problem to answer with (nothing is read past the first failed check).</summary>
    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, ReceiverVerifier verifier, long limit, ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(verifier);
        if (!verifier.Configured)
        {
            return (null, Problem(503, "Receiver not configured", "No receiver secret is configured (LG_RECEIVER_SECRETS); no event can be verified."));
        }

        // Refuse unsigned requests before reading their bodies.
        if (RequiredHeaders.FirstOrDefault(h => string.IsNullOrEmpty(ReceiverVerifier.Header(request, h))) is { } missing)
        {
            ReceiverLog.Rejected(log, 401, $"header {missing} missing");
            return (null, Problem(401, "Unsigned event", "The webhook-id, webhook-timestamp and webhook-signature headers are all required."));
        }

        var body = await BodyReader.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            ReceiverLog.Rejected(log, 413, "body too large");
            return (null, Problem(413, "Event too large", $"The body is larger than the receiver accepts ({limit} bytes, from LG_RECEIVER_MAX_BODY_BYTES)."));
        }

        var verification = verifier.Verify(request, body);
        if (!verification.IsValid)
        {
            ReceiverLog.Rejected(log, 401, verification.Failure!);
            return (null, Problem(401, "Invalid signature", verification.Failure!));
        }

        return (body, null);
    }

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
