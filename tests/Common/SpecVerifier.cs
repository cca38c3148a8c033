using System.Security.Cryptography;
using System.Text;

namespace LaserGrains.Tests.Common;

/// <summary>
/// A Standard Webhooks verifier written from the specification alone, deliberately sharing no code with the
/// product's signer: HMAC-SHA256 over "id.timestamp.body" with the base64 key after "whsec_", any matching "v1," entry.
/// </summary>
public static class SpecVerifier
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The expected "v1,…" entry for one secret.</summary>
    public static string Expected(string secret, string id, string timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.Split('_', 2)[1]);
        using var hmac = new HMACSHA256(key);
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(id + "." + timestamp + "." + body)));
    }

    /// <summary>True when one of the space-separated signatures matches and the timestamp is within tolerance of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string id, string timestamp, string signatures, string body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance) return false;
        var expected = Encoding.ASCII.GetBytes(Expected(secret, id, timestamp, body));
        return signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }
}
