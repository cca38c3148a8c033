using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.CutTime;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Files;
using LaserGrains.Grains.Storage;
using LaserGrains.Grains.Webhooks.Storage;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Hosting;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LaserGrains.Grains.Hosting;

/// <summary>Registers what grains depend on: database, blob store, catalog, extraction.</summary>
public static class GrainServices
{
    public static IServiceCollection AddLaserGrainsServices(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(o => o.ConnectionString = ConnectionTuning.Apply(o.ConnectionString));
        services.AddOptions<FileGrainOptions>().BindConfiguration(FileGrainOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddLaserGrainsBlobStore();
        services.AddSingleton<PostgresFileCatalog>();
        services.AddSingleton<IFileCatalog, BatchingFileCatalog>(); // group commit across the silo's file grains
        services.AddSingleton<IFilePartStore, PostgresFilePartStore>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FileGrainOptions>>().Value.MaterialsFile is { Length: > 0 } materials
            ? MaterialCatalog.Load(materials) : MaterialCatalog.Default);
        services.AddSingleton(_ => new ExtractionPipeline(Extractors.All()));
        // The library follows the blob store: folders of hard links beside the file-system store, rows beside the PostgreSQL one.
        services.AddSingleton<ILibrary>(sp => sp.GetRequiredService<BlobStoreInUse>().Kind == BlobStoreKind.Postgres
            ? new PostgresLibrary((IBlobReferences)sp.GetRequiredService<IBlobStore>())
            : new FileSystemLibrary(sp.GetRequiredService<IOptions<BlobStoreOptions>>()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FileGrainOptions>>().Value.CutSpeedsFile is { Length: > 0 } speeds
            ? new CutTimeEstimator(CutSpeedTable.Load(speeds)) : CutTimeEstimator.Default);
        services.AddSingleton<ExtractionSlots>();
        services.AddSingleton<FileProcessor>();
        // The file grain redacts a hard-deleted file's queued deliveries through the dispatchers' store.
        services.TryAddSingleton<WebhookDeliveryStore>();
        services.AddHostedService<BlobCollector>();
        services.AddSingleton<FilePlacement>();
        services.AddSingleton<LaserGrains.Grains.Projects.VersionStore>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
