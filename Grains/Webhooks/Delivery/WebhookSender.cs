using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Grains.Telemetry;
using LaserGrains.Grains.Webhooks.Batching;
using LaserGrains.Grains.Webhooks.Signing;
using LaserGrains.Shared.Webhooks.Targets;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>Makes one signed POST of a delivery (or of a batch of them) through the shared, pooled HTTP client and reports what happened; never throws.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time, IOptions<WebhookOptions> options)
{
    public const string ClientName = "lasergrains-webhooks";
    private const int BodyPrefixBytes = 1024;
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    // One client for every request: its handler never expires (WebhookServices), so asking the factory each time only costs.
    private readonly HttpClient _client = clients.CreateClient(ClientName);

    public async Task<AttemptOutcome> SendAsync(WebhookSubscription subscription, PendingDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(delivery);
        var body = Encoding.UTF8.GetBytes(delivery.Payload); // encoded once: sent and signed
        // The file's upload trace continues at the receiver (W3C Trace Context; docs/WEBHOOKS.md).
        var (span, traceParent) = DeliveryTracing.Start(subscription.Id, delivery.EventType, body);
        using var attemptSpan = span;
        var outcome = await SendOnceAsync(subscription, delivery.EventId, body, traceParent);
        WebhookMetrics.Attempted(subscription.Id, outcome.Succeeded, delivery.EventTime, time.GetUtcNow());
        return outcome;
    }

    /// <summary>One signed POST of several deliveries in the batch envelope; its outcome stands for each of them.</summary>
    /// <remarks>A batch carries events of many files, so it continues no single upload's trace.</remarks>
    public async Task<AttemptOutcome> SendBatchAsync(WebhookSubscription subscription, IReadOnlyList<PendingDelivery> batch)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(batch);
        var outcome = await SendOnceAsync(subscription, BatchBody.IdOf(batch), BatchBody.Compose(batch), traceParent: null);
        var now = time.GetUtcNow();
        foreach (var delivery in batch) WebhookMetrics.Attempted(subscription.Id, outcome.Succeeded, delivery.EventTime, now);
        return outcome;
    }

    private async Task<AttemptOutcome> SendOnceAsync(WebhookSubscription subscription, string webhookId, byte[] body, string? traceParent)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var timestamp = startedAt.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = Json;
        request.Headers.TryAddWithoutValidation("webhook-id", webhookId);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature",
            WebhookSigner.Sign(webhookId, timestamp, body, ActiveKeys.At(subscription.Keys, startedAt)));
        if (traceParent is not null) request.Headers.TryAddWithoutValidation("traceparent", traceParent);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var answer = await ReadPrefixAsync(response.Content, timeout.Token);
            var status = (int)response.StatusCode;
            var error = status switch
            {
                >= 200 and < 300 => null,
                >= 300 and < 400 => $"HTTP {status} {response.ReasonPhrase}: redirects are not followed (Location: {response.Headers.Location?.ToString() ?? "none"})",
                _ => $"HTTP {status} {response.ReasonPhrase}",
            };
            return new AttemptOutcome(startedAt, status, time.GetElapsedTime(started), answer, error, RetryAfterHeader.From(response, startedAt));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return Failed(startedAt, started, $"timed out after {options.Value.TimeoutSeconds:0.###} s");
        }
        catch (HttpRequestException ex) when (ex.InnerException is WebhookTargetRefusedException refused)
        {
            return Failed(startedAt, started, refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return Failed(startedAt, started, ex.HttpRequestError == HttpRequestError.Unknown ? ex.Message : $"{ex.HttpRequestError}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return Failed(startedAt, started, ex.Message);
        }
    }

    private AttemptOutcome Failed(DateTimeOffset startedAt, long started, string error) =>
        new(startedAt, null, time.GetElapsedTime(started), null, error, null);

    private static async Task<string> ReadPrefixAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BodyPrefixBytes);
        try
        {
            var filled = 0;
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            while (filled < BodyPrefixBytes)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(filled, BodyPrefixBytes - filled), cancellationToken);
                if (read == 0) break;
                filled += read;
            }

            return filled == 0 ? string.Empty : Encoding.UTF8.GetString(buffer, 0, filled);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
