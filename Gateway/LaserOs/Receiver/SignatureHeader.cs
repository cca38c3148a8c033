namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>Reads the space-separated "version,base64" entries of a webhook-signature header.</summary>
public static class SignatureHeader
{
    public const string Version = "v1";

    /// <summary>The decoded v1 (HMAC-SHA256) signatures; entries of other versions (e.g. v1a) and unreadable ones are skipped.</summary>
    public static IReadOnlyList<byte[]> V1Signatures(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var signatures = new List<byte[]>();
        foreach (var entry in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || !entry.AsSpan(0, comma).SequenceEqual(Version)) continue;

            // An HMAC-SHA256 is 32 bytes; the buffer is larger so a longer value fails the comparison instead of decoding.
            var buffer = new byte[64];
            if (Convert.TryFromBase64String(entry[(comma + 1)..], buffer, out var length) && length > 0) signatures.Add(buffer[..length]);
        }

        return signatures;
    }
}
