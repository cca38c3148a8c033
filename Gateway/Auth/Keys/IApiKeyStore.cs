using LaserGrains.Gateway.Auth.Access;

namespace LaserGrains.Gateway.Auth.Keys;

/// <summary>The one owner of table lg_api_keys.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key and returns it with the key text, which exists nowhere else afterwards.</summary>
    Task<(ApiKey Key, string Secret)> CreateAsync(string name, Role role, string createdBy, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The key with this hash when it is not revoked.</summary>
    Task<ApiKey?> FindActiveAsync(byte[] hash, CancellationToken cancellationToken);

    /// <summary>Revokes a key; false when no such key is active.</summary>
    Task<bool> RevokeAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    Task TouchAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);
}
