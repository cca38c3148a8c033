using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>Registers the webhook target rule in a gateway or silo; a malformed allow-list stops the host at start-up.</summary>
public static class WebhookTargetServices
{
    public static IServiceCollection AddWebhookTargets(this IServiceCollection services)
    {
        services.AddOptions<WebhookTargetOptions>().BindConfiguration(WebhookTargetOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookTargetOptions>, WebhookTargetOptionsValidator>());
        services.TryAddSingleton<WebhookTargets>();
        return services;
    }
}
