using LaserGrains.Shared.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace LaserGrains.Tests.Unit.Hosting;

public sealed class HostBuilderDefaultsTests
{
    [Fact]
    public void Create_QuietsTheFrameworksPerRequestLogs_AndWatchesNoConfigFiles()
    {
        var builder = HostBuilderDefaults.Create([]);

        Assert.Equal("Warning", builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Equal("Warning", builder.Configuration["Logging:LogLevel:System.Net.Http.HttpClient"]);
        Assert.Equal("false", builder.Configuration["hostBuilder:reloadConfigOnChange"]);
        using var services = builder.Services.BuildServiceProvider();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void Create_LetsTheCommandLineTurnALevelBackOn()
    {
        var builder = HostBuilderDefaults.Create(["--Logging:LogLevel:Microsoft.AspNetCore=Information"]);

        using var services = builder.Services.BuildServiceProvider();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
        Assert.True(logger.IsEnabled(LogLevel.Information));
    }
}
