using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LaserGrains.Shared.Telemetry;

/// <summary>
/// OpenTelemetry for both hosts: metrics of ASP.NET Core, HttpClient, the runtime, Npgsql, Orleans and LaserGrains for the
/// Prometheus endpoint (and OTLP when set); traces of requests, grain calls and LaserGrains' own spans; JSON logs on request.
/// </summary>
public static class TelemetryHosting
{
    /// <summary>Orleans 10's meter and its activity sources (grain calls; runtime internals).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";
    public const string OrleansApplicationSource = "Microsoft.Orleans.Application";
    public const string OrleansRuntimeSource = "Microsoft.Orleans.Runtime";

    public static WebApplicationBuilder AddLaserGrainsTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (options.LogFormat == "json")
        {
            // Scopes carry the request's TraceId and SpanId, so a log line can be found from a file's trace_id.
            builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"; });
        }

        var otlp = options.OtlpEndpoint is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        var protocol = options.OtlpProtocol == "http" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceVersion: typeof(TelemetryHosting).Assembly.GetName().Version?.ToString(),
                serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithMetrics(m =>
            {
                m.AddMeter(Instrumentation.Name, OrleansMeter)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddPrometheusExporter();
                if (otlp is not null) m.AddOtlpExporter(o => { o.Endpoint = Signal(otlp, protocol, "metrics"); o.Protocol = protocol; });
            })
            .WithTracing(t =>
            {
                // Always: the request's and the grain calls' spans, so a file gets its upload's trace id and a webhook the traceparent.
                t.AddSource(Instrumentation.Name, OrleansApplicationSource)
                    .AddAspNetCoreInstrumentation(o => o.Filter = Traced);
                if (otlp is null) return; // nothing leaves the process: spare the per-query and per-request spans nobody sees
                t.AddSource(OrleansRuntimeSource)
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddOtlpExporter(o => { o.Endpoint = Signal(otlp, protocol, "traces"); o.Protocol = protocol; });
            });
        return builder;
    }

    /// <summary>Scrapes and probes are not traced: they would bury the uploads' traces.</summary>
    private static bool Traced(HttpContext http) =>
        !http.Request.Path.StartsWithSegments(MetricsEndpoint.Path, StringComparison.Ordinal)
        && !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);

    /// <summary>OTLP over HTTP posts each signal to its own path under the base URL; gRPC uses the URL as given.</summary>
    private static Uri Signal(Uri endpoint, OtlpExportProtocol protocol, string signal) =>
        protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, $"{endpoint.AbsolutePath.TrimEnd('/')}/v1/{signal}") : endpoint;
}
