using System.Net.Http.Headers;
using System.Text.Json;
using LaserGrains.LoadGen.Payload;

namespace LaserGrains.LoadGen.Load;

/// <summary>Sends one multipart upload to POST /ingest and fills in the sample from the answer.</summary>
public sealed class Uploader(HttpClient http, PayloadSource payload, IReadOnlyList<Uri> gateways, bool wait, string? projectCode, TimeProvider time, long origin)
{
    private long _next;

    public async Task SendAsync(UploadSample sample, CancellationToken cancellationToken)
    {
        // Round robin over the gateways, so losing one leaves the others carrying the load.
        var gateway = gateways[(int)(Interlocked.Increment(ref _next) % gateways.Count)];
        try
        {
            using var content = new MultipartFormDataContent();
            var file = new ByteArrayContent(payload.Next());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/dxf");
            content.Add(file, "file", payload.FileName);
            if (projectCode is not null) content.Add(new StringContent(projectCode), "project_code");
            using var response = await http.PostAsync(new Uri(gateway, wait ? "ingest" : "ingest?wait=false"), content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            sample.Answer = time.GetElapsedTime(origin) - sample.Due;
            sample.Status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) Read(sample, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !cancellationToken.IsCancellationRequested)
        {
            sample.Answer = time.GetElapsedTime(origin) - sample.Due;
            sample.Error = e is HttpRequestException { HttpRequestError: var kind } ? $"{kind}" : e.GetType().Name;
        }
    }

    private static void Read(UploadSample sample, byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        sample.IngestId = root.GetProperty("ingest_id").GetInt64();
        var status = root.GetProperty("status").GetString();
        if (status is "completed" or "failed")
        {
            sample.FinalStatus = status;
            sample.CompletedAt = root.TryGetProperty("processed_at", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : null;
        }
    }
}
