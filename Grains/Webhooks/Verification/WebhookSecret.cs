namespace LaserGrains.Grains.Webhooks.Verification;

/// <summary>A Standard Webhooks symmetric secret: "whsec_" followed by the base64 of 24 to 64 random bytes.</summary>
public sealed class WebhookSecret
{
    public const string Prefix = "whsec_";
    public const int MinBytes = 24;
    public const int MaxBytes = 64;

    private WebhookSecret(byte[] key) => Key = key;

    /// <summary>The HMAC-SHA256 key.</summary>
    public ReadOnlyMemory<byte> Key { get; }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says why, without echoing the secret.</summary>
    public static bool TryParse(string? text, out WebhookSecret? secret, out string? problem)
    {
        secret = null;
        var trimmed = text?.Trim() ?? "";
        if (!trimmed.StartsWith(Prefix, StringComparison.Ordinal))
        {
            problem = $"a receiver secret must start with '{Prefix}'";
            return false;
        }

        var key = new byte[MaxBytes + 1];
        if (!Convert.TryFromBase64String(trimmed[Prefix.Length..], key, out var length))
        {
            problem = $"a receiver secret must be '{Prefix}' followed by base64";
            return false;
        }

        if (length is < MinBytes or > MaxBytes)
        {
            problem = $"a receiver secret must hold {MinBytes} to {MaxBytes} bytes (it holds {length})";
            return false;
        }

        secret = new WebhookSecret(key[..length]);
        problem = null;
        return true;
    }

    /// <summary>Parses a comma-separated list, e.g. the current and the previous secret during a rotation.</summary>
    public static IReadOnlyList<WebhookSecret> ParseList(string? commaSeparated)
    {
        var secrets = new List<WebhookSecret>();
        foreach (var part in (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(part, out var secret, out var problem)) throw new FormatException(problem);
            secrets.Add(secret!);
        }

        return secrets;
    }
}
