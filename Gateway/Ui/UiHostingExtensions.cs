using LaserGrains.Gateway.Ui.Docs;
using LaserGrains.Gateway.Ui.Shell;

namespace LaserGrains.Gateway.Ui;

/// <summary>The operator UI: Razor components rendered on the server (no interactive mode), htmx fragments, static assets.</summary>
public static class UiHostingExtensions
{
    public static WebApplicationBuilder AddLaserGrainsUi(this WebApplicationBuilder builder)
    {
        // An unpublished build (as the tests start it) finds wwwroot only through the static web assets manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        builder.Services.AddAuthorization(UiAccess.Configure);
        builder.Services.AddApiDocs();
        return builder;
    }

    public static WebApplication MapLaserGrainsUi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorComponents<App>().ExcludeFromDescription().RequireUiAccess();
        app.MapUiFragments().RequireUiAccess();
        app.MapApiDocs().RequireUiAccess();
        return app;
    }
}
