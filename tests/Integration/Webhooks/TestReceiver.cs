using System.Collections.Concurrent;
using LaserGrains.Tests.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>
/// A real HTTP receiver on loopback (Kestrel in the test process) that the test controls: it can be down (not
/// listening), answer any status after any delay, and it records every request it answered.
/// </summary>
public sealed class TestReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>A loopback address nothing else listens on, so fixtures can allow it without allowing the cluster itself.</summary>
    public const string Address = "127.0.0.2";

    public TestReceiver() => Url = $"http://{Address}:{FreePorts.Next()}/hook";

    /// <summary>A receiver on a chosen loopback address and port (target-rule tests).</summary>
    public TestReceiver(string address, int port) => Url = $"http://{address}:{port}/hook";

    public string Url { get; }

    /// <summary>Decides the answer from the request and how many times its webhook-id was seen before (0 on the first).</summary>
    public Func<ReceivedRequest, int, Answer> Respond { get; set; } = (_, _) => new Answer(200);

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>The first successful request of every event id.</summary>
    public IReadOnlyList<ReceivedRequest> Delivered => [.. _requests.Where(r => r.Ok).DistinctBy(r => r.Id)];

    public static async Task<TestReceiver> StartAsync()
    {
        var receiver = new TestReceiver();
        await receiver.UpAsync();
        return receiver;
    }

    /// <summary>Starts listening (again) on the same port.</summary>
    public async Task UpAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(new Uri(Url).GetLeftPart(UriPartial.Authority));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", HandleAsync);
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Stops listening: connections are refused, as when the receiver is down.</summary>
    public async Task DownAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async ValueTask DisposeAsync() => await DownAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var h = context.Request.Headers;
        var request = new ReceivedRequest(h["webhook-id"].ToString(), h["webhook-timestamp"].ToString(), h["webhook-signature"].ToString(),
            h.ContentType.ToString(), h.UserAgent.ToString(), body, DateTimeOffset.UtcNow, 0, h["traceparent"].ToString());
        var seen = _counts.AddOrUpdate(request.Id, 0, (_, n) => n + 1);
        var answer = Respond(request, seen);
        if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay);
        _requests.Enqueue(request with { Answer = answer.Status });
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is { } retryAfter) context.Response.Headers.RetryAfter = retryAfter;
        if (answer.Location is { } location) context.Response.Headers.Location = location;
        if (answer.Body is { } text) await context.Response.WriteAsync(text);
    }
}

/// <summary>What the receiver answers: a status, optionally after a delay, with Retry-After and a body.</summary>
public sealed record Answer(int Status, TimeSpan Delay = default, string? RetryAfter = null, string? Body = null, string? Location = null);
