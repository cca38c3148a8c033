using LaserGrains.Gateway.LaserOs.Handling;
using LaserGrains.Gateway.LaserOs.Projects;
using LaserGrains.Gateway.LaserOs.Receiver;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.LaserOs;

/// <summary>Adds the built-in Laser OS receiver and its API to the gateway.</summary>
public static class LaserOsHostingExtensions
{
    public static IServiceCollection AddLaserOs(this IServiceCollection services)
    {
        services.AddOptions<LaserOsOptions>().BindConfiguration(LaserOsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<LaserOsOptions>, LaserOsOptionsValidator>();
        services.AddSingleton<ReceiverVerifier>();
        services.AddSingleton<ReceiverHealth>();
        services.AddSingleton<EventRecorder>();
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<LaserOsQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapLaserOs(this IEndpointRouteBuilder app)
    {
        app.MapReceiverApi();
        app.MapProjectsApi();
        return app;
    }
}
