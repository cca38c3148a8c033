using System.Net;
using Npgsql;

namespace LaserGrains.Shared.Storage;

/// <summary>The two blob stores.</summary>
public enum BlobStoreKind
{
    /// <summary>Folders under LG_STORAGE_ROOT on one machine.</summary>
    FileSystem,

    /// <summary>Tables in the cluster's PostgreSQL database, reached by every machine.</summary>
    Postgres,
}

/// <summary>
/// Resolves LG_BLOB_STORE. "auto" means: PostgreSQL when the database is on another machine than this process (its host
/// is neither loopback, localhost nor a Unix socket), because then more than one machine is configured and bytes on the
/// local disk would be out of the others' reach; the file system otherwise.
/// </summary>
public static class BlobStoreChoice
{
    public static BlobStoreKind Resolve(string? kind, string? connectionString) => kind?.Trim().ToLowerInvariant() switch
    {
        "filesystem" => BlobStoreKind.FileSystem,
        "postgres" => BlobStoreKind.Postgres,
        _ => DatabaseIsLocal(connectionString) ? BlobStoreKind.FileSystem : BlobStoreKind.Postgres,
    };

    /// <summary>True when every host in the connection string is this machine (loopback, localhost or a socket folder).</summary>
    public static bool DatabaseIsLocal(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return true;
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host;
        if (string.IsNullOrWhiteSpace(host)) return true;
        return host.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLocalHost);
    }

    private static bool IsLocalHost(string host)
    {
        if (host.StartsWith('/') || host.StartsWith('@')) return true; // a Unix-domain socket is always on this machine
        if (IPAddress.TryParse(host.Trim('[', ']'), out var ip)) return IPAddress.IsLoopback(ip);
        var colon = host.LastIndexOf(':'); // host:port in a multi-host list
        var name = (colon > 0 ? host[..colon] : host).Trim('[', ']');
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(name, out var named) && IPAddress.IsLoopback(named);
    }

    /// <summary>The setting's value as README spells it.</summary>
    public static string Name(BlobStoreKind kind) => kind == BlobStoreKind.Postgres ? "postgres" : "filesystem";
}

/// <summary>The store this process resolved at start, as a service (grains, health checks and the library ask it).</summary>
public sealed record BlobStoreInUse(BlobStoreKind Kind)
{
    /// <summary>filesystem or postgres.</summary>
    public string Name => BlobStoreChoice.Name(Kind);
}
