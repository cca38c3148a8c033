using System.Security.Cryptography;

namespace LaserGrains.Shared.Webhooks;

/// <summary>A Standard Webhooks symmetric secret: "whsec_" followed by the base64 of 24 to 64 random bytes; one type for signing and verifying.</summary>
public sealed class WebhookSecret
{
    public const string Prefix = "whsec_";
    public const int MinBytes = 24;
    public const int MaxBytes = 64;

    private WebhookSecret(byte[] key) => Key = key;

    /// <summary>The HMAC-SHA256 key.</summary>
    public ReadOnlyMemory<byte> Key { get; }

    /// <summary>A new secret of 32 random bytes from the operating system's CSPRNG.</summary>
    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key bytes of a secret; the prefix is optional, as the spec's libraries accept both.</summary>
    public static byte[] Decode(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var text = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        return Convert.FromBase64String(text);
    }

    /// <summary>True when <paramref name="secret"/> decodes to a key of an allowed length.</summary>
    public static bool IsValid(string? secret)
    {
        if (string.IsNullOrEmpty(secret)) return false;
        try
        {
            return Decode(secret).Length is >= MinBytes and <= MaxBytes;
        }
        catch (FormatException)
        {
            return false;
        }
    }

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
