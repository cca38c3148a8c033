using LaserGrains.Shared.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LaserGrains.Shared.Storage;

/// <summary>Registers the blob store LG_BLOB_STORE selects; silo and gateway call the same method, so they always agree.</summary>
public static class BlobStoreServices
{
    /// <summary>The store this configuration selects (the connection string decides "auto").</summary>
    public static BlobStoreKind KindOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return BlobStoreChoice.Resolve(configuration[$"{BlobStoreOptions.Section}:Kind"], configuration["Database:ConnectionString"]);
    }

    /// <summary>IBlobStore (and, for PostgreSQL, IBlobReferences) as configured; needs an NpgsqlDataSource for PostgreSQL.</summary>
    public static IServiceCollection AddLaserGrainsBlobStore(this IServiceCollection services)
    {
        services.AddOptions<BlobStoreOptions>().BindConfiguration(BlobStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new BlobStoreInUse(KindOf(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<IBlobStore>(sp => Create(sp.GetRequiredService<BlobStoreInUse>().Kind, sp.GetRequiredService<IOptions<BlobStoreOptions>>(),
            () => sp.GetRequiredService<NpgsqlDataSource>(), sp.GetService<TimeProvider>()));
        return services;
    }

    /// <summary>A store of <paramref name="kind"/>; the data source is asked for only when PostgreSQL holds the bytes.</summary>
    public static IBlobStore Create(BlobStoreKind kind, IOptions<BlobStoreOptions> options, Func<NpgsqlDataSource> db, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        return kind == BlobStoreKind.Postgres ? new PostgresBlobStore(db(), options, time) : new FileSystemBlobStore(options, time);
    }
}
