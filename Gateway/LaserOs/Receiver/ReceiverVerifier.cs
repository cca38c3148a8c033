using LaserGrains.Shared.Webhooks;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>The verifier built once from the validated receiver settings.</summary>
public sealed class ReceiverVerifier(IOptions<LaserOsOptions> options, TimeProvider time)
{
    private readonly IReadOnlyList<WebhookSecret> _secrets = WebhookSecret.ParseList(options.Value.Secrets);

    /// <summary>False when no secret is configured: then no delivery can be authentic.</summary>
    public bool Configured => _secrets.Count > 0;

    public VerificationResult Verify(HttpRequest request, ReadOnlySpan<byte> body) =>
        new WebhookVerifier(_secrets, TimeSpan.FromSeconds(options.Value.TimestampToleranceSeconds), time)
            .Verify(Header(request, "webhook-id"), Header(request, "webhook-timestamp"), Header(request, "webhook-signature"), body);

    public static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
