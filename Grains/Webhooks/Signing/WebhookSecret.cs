using System.Security.Cryptography;

namespace LaserGrains.Grains.Webhooks.Signing;

/// <summary>Standard Webhooks symmetric secrets: <c>whsec_</c> + base64 of 24–64 random bytes.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";
    public const int MinBytes = 24;
    public const int MaxBytes = 64;

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
            var length = Decode(secret).Length;
            return length is >= MinBytes and <= MaxBytes;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
