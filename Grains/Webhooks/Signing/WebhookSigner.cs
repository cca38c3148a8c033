using System.Security.Cryptography;
using System.Text;

namespace LaserGrains.Grains.Webhooks.Signing;

/// <summary>Computes the Standard Webhooks <c>webhook-signature</c> value: <c>v1,</c> + base64 HMAC-SHA256 of <c>id.timestamp.body</c>.</summary>
public static class WebhookSigner
{
    /// <summary>One <c>v1,…</c> entry per key, space-separated, current key first (receivers accept any match).</summary>
    public static string Sign(string messageId, long timestamp, string body, IEnumerable<byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var content = Encoding.UTF8.GetBytes($"{messageId}.{timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{body}");
        var builder = new StringBuilder();
        foreach (var key in keys)
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append("v1,").Append(Convert.ToBase64String(HMACSHA256.HashData(key, content)));
        }

        return builder.ToString();
    }
}
