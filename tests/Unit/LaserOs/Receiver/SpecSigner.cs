using System.Security.Cryptography;
using System.Text;

namespace LaserGrains.Tests.Unit.LaserOs.Receiver;

/// <summary>Signs as the Standard Webhooks spec says, written from the spec here so the verifier is not tested against itself.</summary>
internal static class SpecSigner
{
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }
}
