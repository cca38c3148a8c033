using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration.Memory;

namespace LaserGrains.Shared.Hosting;

/// <summary>
/// How the silo and the gateway make their host builder: configuration is not watched for changes, and the framework's
/// per-request and per-call information logs are off unless a <c>Logging__LogLevel__…</c> setting turns them on.
/// </summary>
public static class HostBuilderDefaults
{
    // The default host watches its content root (the working directory: for the local run the whole repository,
    // PostgreSQL's data and the file store included) for a changed appsettings.json that LaserGrains never has; every
    // write under it woke a watcher thread in both processes.
    private const string NoReload = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>
    /// Categories that log at Information once or more per request, HTTP call or grain placement: several lines per
    /// ingested file, a tenth of the processes' CPU at load. Warnings and errors still show.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> QuietCategories = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    public static WebApplicationBuilder Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder([NoReload, .. args]);
        // First among the sources, so appsettings, the environment and the command line still override it.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietCategories });
        return builder;
    }
}
