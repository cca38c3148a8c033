using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LaserGrains.Shared.Secrets;

/// <summary>Data Protection with its key ring in PostgreSQL, so a gateway and a silo decrypt what any other one encrypted.</summary>
public static class DataProtectionSetup
{
    /// <summary>Every process uses this name: Data Protection isolates payloads by application name.</summary>
    public const string ApplicationName = "LaserGrains";

    /// <summary>Needs an <see cref="NpgsqlDataSource"/> singleton, which both hosts register.</summary>
    public static IServiceCollection AddLaserGrainsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((o, dataSource) => o.XmlRepository = new PostgresXmlRepository(dataSource));
        return services;
    }
}
