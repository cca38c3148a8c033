using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace LaserGrains.Gateway.Ui.Docs;

/// <summary>The API reference at /docs: Scalar reading /openapi/v1.json, its script served from the package, no external fonts or telemetry.</summary>
public static class ApiDocs
{
    /// <summary>Title, description and a relative server, so the document stands alone (and lints) wherever it is read.</summary>
    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "LaserGrains API";
                doc.Info.Description = "File ingestion for laser-cutting job shops: upload, catalog, previews, webhooks and the Laser OS receiver. Errors are RFC 7807 problem details.";
                doc.Info.License ??= new OpenApiLicense { Name = "Proprietary" };
                if (doc.Servers is not { Count: > 0 }) doc.Servers = [new OpenApiServer { Url = "/" }];
                return Task.CompletedTask;
            });
            o.AddApiSecurity();
        });

    public static IEndpointConventionBuilder MapApiDocs(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference("/docs", o => o
            .WithTitle("LaserGrains API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry());
}
