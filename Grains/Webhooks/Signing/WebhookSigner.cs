using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LaserGrains.Grains.Webhooks.Signing;

/// <summary>Computes the Standard Webhooks <c>webhook-signature</c> value: <c>v1,</c> + base64 HMAC-SHA256 of <c>id.timestamp.body</c>.</summary>
public static class WebhookSigner
{
    /// <summary>One <c>v1,…</c> entry per key, space-separated, current key first (receivers accept any match).</summary>
    public static string Sign(string messageId, long timestamp, string body, IEnumerable<byte[]> keys) =>
        Sign(messageId, timestamp, Encoding.UTF8.GetBytes(body ?? throw new ArgumentNullException(nameof(body))), keys);

    /// <summary>As above, for a body already encoded as the UTF-8 bytes that are sent, so it is encoded once per request.</summary>
    public static string Sign(string messageId, long timestamp, ReadOnlySpan<byte> body, IEnumerable<byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(keys);
        var prefix = $"{messageId}.{timestamp.ToString(CultureInfo.InvariantCulture)}.";
        var length = Encoding.UTF8.GetByteCount(prefix) + body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(prefix, rented);
            body.CopyTo(rented.AsSpan(written));
            var content = rented.AsSpan(0, length);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            var builder = new StringBuilder();
            foreach (var key in keys)
            {
                if (builder.Length > 0) builder.Append(' ');
                HMACSHA256.HashData(key, content, hash);
                builder.Append("v1,").Append(Convert.ToBase64String(hash));
            }

            return builder.ToString();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
