using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LaserGrains.Shared.Storage;

/// <summary>Start-up check of the configured blob store: one sentence naming the store when it cannot be used.</summary>
public static class BlobStoreCheck
{
    /// <summary>Null when the store LG_BLOB_STORE selects is usable; otherwise what is wrong.</summary>
    public static async Task<string?> ProblemAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var kind = BlobStoreServices.KindOf(configuration);
        var options = Options.Create(configuration.GetSection(BlobStoreOptions.Section).Get<BlobStoreOptions>() ?? new BlobStoreOptions());
        var connectionString = configuration["Database:ConnectionString"];
        await using var db = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 }.ConnectionString);
        string? problem;
        try
        {
            problem = await BlobStoreServices.Create(kind, options, () => db).ProblemAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot create the blob folder under {options.Value.Root}: {ex.Message}";
        }

        return problem is null ? null : $"blob store {BlobStoreChoice.Name(kind)} (LG_BLOB_STORE) unusable: {problem}";
    }
}
