using System.Collections.Concurrent;
using LaserGrains.Tests.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>A real HTTP endpoint on 127.0.0.2 (Kestrel in the test process): answers each request with <see cref="Status"/> and records it.</summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    /// <summary>A loopback address of the receivers' own, which the fixtures allow as a webhook target (and nothing else).</summary>
    public const string Address = "127.0.0.2";

    private readonly ConcurrentQueue<(string EventId, DateTimeOffset Timestamp)> _requests = new();
    private readonly ConcurrentQueue<(string EventId, string Body)> _bodies = new();
    private readonly WebApplication _app;

    private LoopbackReceiver(WebApplication app, string url) => (_app, Url) = (app, url);

    public string Url { get; }

    /// <summary>The status every request gets.</summary>
    public int Status { get; set; } = 200;

    /// <summary>When set, decides each request's status from its body instead of <see cref="Status"/>.</summary>
    public Func<string, int>? Answer { get; set; }

    /// <summary>The webhook-id and webhook-timestamp of every request, in arrival order.</summary>
    public IReadOnlyList<(string EventId, DateTimeOffset Timestamp)> Requests => [.. _requests];

    /// <summary>The webhook-id and body of every request, in arrival order.</summary>
    public IReadOnlyList<(string EventId, string Body)> Bodies => [.. _bodies];

    public static async Task<LoopbackReceiver> StartAsync()
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{Address}:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app, $"http://{Address}:{port}/hook");
        app.MapPost("/hook", receiver.Handle);
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> Handle(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        _bodies.Enqueue((request.Headers["webhook-id"].ToString(), body));
        var seconds = long.Parse(request.Headers["webhook-timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        _requests.Enqueue((request.Headers["webhook-id"].ToString(), DateTimeOffset.FromUnixTimeSeconds(seconds)));
        return Results.StatusCode(Answer is { } answer ? answer(body) : Status);
    }
}
