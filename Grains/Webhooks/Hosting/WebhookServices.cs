using System.Reflection;
using LaserGrains.Grains.Webhooks.Delivery;
using LaserGrains.Grains.Webhooks.Signing;
using LaserGrains.Grains.Webhooks.Storage;
using LaserGrains.Shared.Secrets;
using LaserGrains.Shared.Webhooks.Targets;
using Microsoft.Extensions.DependencyInjection;

namespace LaserGrains.Grains.Webhooks.Hosting;

/// <summary>Registers webhook delivery in a silo: options, the shared pooled HTTP client (guarded connect), the store, the start-up subscription.</summary>
public static class WebhookServices
{
    /// <summary>The user-agent of every request: LaserGrains-Webhooks/&lt;version&gt;.</summary>
    public static string UserAgent { get; } = "LaserGrains-Webhooks/" +
        (typeof(WebhookServices).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    public static IServiceCollection AddLaserGrainsWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations()
            .Validate(o => TryParse(o.RetrySchedule), "Webhooks:RetrySchedule is not a list like \"0s,5s,5m,30m,2h\".").ValidateOnStart();
        services.AddHttpClient(WebhookSender.ClientName, c =>
            {
                c.Timeout = Timeout.InfiniteTimeSpan; // each attempt has its own deadline (WEBHOOK_TIMEOUT)
                c.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // a 3xx is a failure, never followed
                UseProxy = false, // the target rule judges the address connected to; a proxy would hide it
                ConnectCallback = GuardedConnect.Using(provider.GetRequiredService<WebhookTargets>()),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5), // picks up DNS changes without recycling handlers
                ConnectTimeout = TimeSpan.FromSeconds(10),
                UseCookies = false,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddWebhookTargets();
        services.AddSingleton<WebhookDeliveryStore>();
        services.AddSingleton<WebhookDeliveryReader>();
        services.AddSingleton<WebhookSender>();
        services.AddLaserGrainsDataProtection();
        services.AddSingleton<SecretsAtRest>();
        services.AddHostedService<SettingsSubscription>();
        return services;
    }

    private static bool TryParse(string schedule)
    {
        try
        {
            return RetrySchedule.Parse(schedule).Count > 0;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

}
