using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace LaserGrains.Shared.Auth;

/// <summary>High-entropy bearer tokens (API keys, upload links): made here, stored only as their SHA-256.</summary>
/// <remarks>256 random bits need no slow hash: nobody can guess one, so a fast hash lets every request be checked cheaply.</remarks>
public static class SecretToken
{
    public const string KeyMark = "lg_";
    public const string LinkMark = "lgu_";

    /// <summary>Characters of a token kept in clear so people can tell tokens apart.</summary>
    private const int VisibleRandomChars = 6;

    /// <summary>A new token starting with <paramref name="mark"/>, the part shown in lists, and the hash to store.</summary>
    public static (string Token, string Prefix, byte[] Hash) Create(string mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var token = mark + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, token[..(mark.Length + VisibleRandomChars)], Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>The bearer token of an Authorization header when it starts with <paramref name="mark"/>.</summary>
    public static string? FromHeader(HttpRequest request, string mark)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[bearer.Length..].Trim();
        return token.StartsWith(mark, StringComparison.Ordinal) && token.Length < 200 ? token : null;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
