using System.Diagnostics;
using LaserGrains.Gateway.Hosting;
using LaserGrains.Gateway.Ui;
using LaserGrains.Tests.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace LaserGrains.Tests.Ui;

/// <summary>The OpenAPI document as the gateway builds it, compared with every route the gateway maps; then linted.</summary>
public sealed class OpenApiCoverageTests
{
    private static async Task<(WebApplication App, OpenApiDocument Doc)> BuildAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = TestEnvironment.RepoRoot });
        // Built, never started: no database or silo is contacted.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = "Host=127.0.0.1;Port=1" });
        builder.AddLaserGrainsGateway();
        builder.AddLaserGrainsUi();
        builder.WebHost.UseTestServer();
        // The Orleans client would wait for a silo on start: leave its hosted services out, keep the web host's.
        foreach (var s in builder.Services.Where(d => d.ServiceType == typeof(IHostedService)
                     && d.ImplementationType?.FullName?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) != true).ToList())
        {
            builder.Services.Remove(s);
        }

        var app = builder.Build();
        app.MapLaserGrainsGateway();
        app.MapLaserGrainsUi();
        await app.StartAsync();
        var doc = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync();
        return (app, doc);
    }

    [Fact]
    public async Task Every_mapped_api_route_is_in_the_document_with_a_summary_and_problem_answers()
    {
        var (app, doc) = await BuildAsync();
        await using var _ = app;
        var api = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Path: RoutePath(e.RoutePattern.RawText!))))
            .Where(r => !r.Path.StartsWith("/docs", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.Contains(api, r => r.Path == "/files/{id}/preview.svg");
        Assert.True(doc.Paths.Count > 10, "paths: " + string.Join(", ", doc.Paths.Keys));
        var missing = api.Where(r => !(doc.Paths.TryGetValue(r.Path, out var item) && item.Operations!.Keys.Any(k => k.Method == r.Method))).ToList();
        Assert.True(missing.Count == 0, "not in the OpenAPI document: " + string.Join(", ", missing));
        var unsummarised = doc.Paths.SelectMany(p => p.Value.Operations!.Where(o => string.IsNullOrWhiteSpace(o.Value.Summary)).Select(o => $"{o.Key} {p.Key}")).ToList();
        Assert.True(unsummarised.Count == 0, "operations without a summary: " + string.Join(", ", unsummarised));
    }

    [Fact]
    public async Task Operations_declare_the_credentials_their_access_rule_needs()
    {
        var (app, doc) = await BuildAsync();
        await using var _ = app;
        Assert.Equal(SecuritySchemeType.Http, doc.Components!.SecuritySchemes!["apiKey"].Type);
        Assert.Equal("bearer", doc.Components.SecuritySchemes["apiKey"].Scheme);
        Assert.Equal(ParameterLocation.Cookie, doc.Components.SecuritySchemes["session"].In);

        OpenApiOperation Op(string method, string path) => doc.Paths[path].Operations!.Single(o => o.Key.Method == method).Value;
        string[] Schemes(OpenApiOperation o) => [.. (o.Security ?? []).SelectMany(r => r.Keys).Select(k => k.Reference.Id!).Order()];

        Assert.Equal(["apiKey", "session"], Schemes(Op("GET", "/files")));
        Assert.Contains("viewer", Op("GET", "/files").Description, StringComparison.Ordinal);
        Assert.Equal(["apiKey", "session"], Schemes(Op("POST", "/ingest")));
        Assert.Contains("an operator or admin", Op("POST", "/ingest").Description, StringComparison.Ordinal);
        Assert.Contains("an admin", Op("DELETE", "/users/{id}").Description, StringComparison.Ordinal);
        Assert.Empty(Schemes(Op("GET", "/health/live")));
        Assert.Empty(Schemes(Op("POST", "/webhooks/module-n/event")));
        Assert.Empty(Schemes(Op("POST", "/webhooks/module-n/events")));
    }

    [Fact]
    public async Task The_document_lints_clean_with_redocly()
    {
        var (app, doc) = await BuildAsync();
        await using var _ = app;
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"lg-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, await doc.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1));
        try
        {
            var (code, output) = await RunAsync("bash", System.IO.Path.Combine(TestEnvironment.RepoRoot, "deploy", "redocly.sh"), "lint", "--format=stylish", path);
            Assert.True(code == 0, "redocly lint failed:\n" + output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Route templates write parameters with constraints ({id:long}); the document writes {id}.</summary>
    private static string RoutePath(string raw) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(raw.TrimStart('/'), @"\{([^}:?]+)[^}]*\}", "{$1}").TrimEnd('/');

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestEnvironment.RepoRoot };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout + await stderr);
    }
}
