using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LaserGrains.Shared.Webhooks;

namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>Checks the Standard Webhooks headers of one delivery against any of the configured secrets.</summary>
public sealed class WebhookVerifier(IReadOnlyList<WebhookSecret> secrets, TimeSpan tolerance, TimeProvider time)
{
    public VerificationResult Verify(string? webhookId, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(webhookId) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return VerificationResult.Reject("The webhook-id, webhook-timestamp and webhook-signature headers are all required.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return VerificationResult.Reject("webhook-timestamp must be whole Unix seconds.");
        }

        // Both directions: a replayed old delivery and one signed with a wrong clock are refused alike.
        var skew = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs((decimal)skew) > (decimal)tolerance.TotalSeconds)
        {
            return VerificationResult.Reject(skew > 0
                ? $"webhook-timestamp is {skew} s old; at most {tolerance.TotalSeconds:0} s are accepted."
                : $"webhook-timestamp is {-skew} s in the future; at most {tolerance.TotalSeconds:0} s are accepted.");
        }

        var candidates = SignatureHeader.V1Signatures(signature);
        if (candidates.Count == 0)
        {
            return VerificationResult.Reject("webhook-signature holds no 'v1,<base64>' entry.");
        }

        var content = SignedContent(webhookId, timestamp, body);
        foreach (var secret in secrets)
        {
            var expected = HMACSHA256.HashData(secret.Key.Span, content);
            foreach (var candidate in candidates)
            {
                if (CryptographicOperations.FixedTimeEquals(expected, candidate)) return VerificationResult.Valid;
            }
        }

        return VerificationResult.Reject("No signature in webhook-signature matches a configured secret.");
    }

    /// <summary>The signed bytes: id "." timestamp "." raw body, exactly as the spec defines them.</summary>
    private static byte[] SignedContent(string webhookId, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return content;
    }
}
