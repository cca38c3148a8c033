using LaserGrains.Gateway.Ui.Catalog;
using LaserGrains.Gateway.Ui.FileDetail;
using LaserGrains.Gateway.Ui.Webhooks;
using LaserGrains.Gateway.Ui.LaserOs;

namespace LaserGrains.Gateway.Ui;

/// <summary>The htmx fragment endpoints (HTML pieces for pages), all under /ui and behind the UI's access hook.</summary>
public static class UiFragments
{
    public static RouteGroupBuilder MapUiFragments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ui").ExcludeFromDescription();
        group.MapCatalogFragments();
        group.MapFilePageFragments();
        group.MapWebhookFragments();
        group.MapLaserOsFragments();
        return group;
    }
}
