using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LaserGrains.Shared.Hosting;

/// <summary>Runs a host and turns start-up configuration errors into one line on stderr and exit code 2.</summary>
public static class HostRunner
{
    public static async Task<int> RunUntilStoppedAsync(this IHost host, string processName)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            await host.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"{processName}: invalid settings: {string.Join("; ", ex.Failures)}");
            return 2;
        }
        catch (IOException ex)
        {
            // Typically the address in LG_GATEWAY_URL / LG_SILO_HTTP_URL or a port is taken or cannot be bound.
            await Console.Error.WriteLineAsync($"{processName}: cannot start: {ex.Message}");
            return 2;
        }
    }
}
