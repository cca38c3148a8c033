using System.Globalization;
using System.Text.Json;

namespace LaserGrains.LoadGen.Receiving;

/// <summary>The fault suite's webhook target: records every delivery it is sent and answers 500 while a control file exists.</summary>
/// <remarks>Test-only by construction: it listens on 127.0.0.1 alone, verifies nothing and keeps nothing but the log. Each
/// line of the log (CSV) is: arrival number, webhook-id, ingest id, sequence, event type, the status it answered.</remarks>
public sealed class FaultReceiver(string logPath, string controlFile) : IAsyncDisposable
{
    private readonly StreamWriter _log = new(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    private readonly Lock _gate = new();
    private long _arrivals;

    public static async Task<int> RunAsync(int port, string logPath, string controlFile)
    {
        await using var receiver = new FaultReceiver(logPath, controlFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost("/hook", receiver.HandleAsync);
        await app.RunAsync();
        return 0;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var failing = File.Exists(controlFile);
        var status = failing ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        var id = context.Request.Headers["webhook-id"].ToString();
        long ingest = -1, sequence = -1;
        var type = "";
        try
        {
            using var json = await JsonDocument.ParseAsync(context.Request.Body);
            var root = json.RootElement;
            ingest = root.GetProperty("ingest_id").GetInt64();
            sequence = root.TryGetProperty("sequence", out var s) ? s.GetInt64() : -1;
            type = root.GetProperty("event_type").GetString() ?? "";
        }
        catch (JsonException)
        {
            status = StatusCodes.Status400BadRequest;
        }

        lock (_gate)
        {
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{++_arrivals},{id},{ingest},{sequence},{type},{status}"));
        }

        context.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync() => await _log.DisposeAsync();
}
