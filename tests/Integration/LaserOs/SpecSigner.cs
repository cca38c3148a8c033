using System.Security.Cryptography;
using System.Text;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Signs as the Standard Webhooks spec says: HMAC-SHA256 of "id.timestamp.body" keyed by the base64 after "whsec_".</summary>
internal static class SpecSigner
{
    public static string Sign(string secret, string id, long timestamp, byte[] body)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
