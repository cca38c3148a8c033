using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using LaserGrains.Tests.Common;

namespace LaserGrains.WebhookBench;

/// <summary>A loopback receiver that answers 200 at once and notes when each event arrived, against the time it was raised.</summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, double> _latencyMs = new(StringComparer.Ordinal);

    private Receiver(WebApplication app, string url) => (_app, Url) = (app, url);

    public string Url { get; }

    public int Count => _latencyMs.Count;

    public DateTimeOffset LastArrival { get; private set; }

    public static async Task<Receiver> StartAsync()
    {
        var url = $"http://127.0.0.1:{FreePorts.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app, url + "/hook");
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    public IReadOnlyList<double> Latencies(string prefix) => [.. _latencyMs.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Value)];

    private async Task HandleAsync(HttpContext context)
    {
        var now = DateTimeOffset.UtcNow;
        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var raised = DateTimeOffset.Parse(json.RootElement.GetProperty("raised_at").GetString()!, CultureInfo.InvariantCulture);
        _latencyMs.TryAdd(context.Request.Headers["webhook-id"].ToString(), (now - raised).TotalMilliseconds);
        LastArrival = now;
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
