using System.Buffers;
using System.Text.Json;
using LaserGrains.Grains.Webhooks.Delivery;

namespace LaserGrains.Grains.Webhooks.Batching;

/// <summary>
/// The envelope a batched subscription receives: <c>{"events":[{"id":"…","event":{…}}, …]}</c>, each event's body as it
/// would be sent alone, under the id that would have been its webhook-id (docs/WEBHOOKS.md, "Batched delivery").
/// </summary>
public static class BatchBody
{
    /// <summary>The request's webhook-id: names the first event and how many ride with it, the same for a retry of the same batch.</summary>
    public static string IdOf(IReadOnlyList<PendingDelivery> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return $"batch_{batch[0].EventId}_{batch.Count}";
    }

    /// <summary>The UTF-8 body: encoded once, then signed and sent.</summary>
    public static byte[] Compose(IReadOnlyList<PendingDelivery> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var buffer = new ArrayBufferWriter<byte>(64 + batch.Sum(d => d.Payload.Length + d.EventId.Length + 24));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            foreach (var delivery in batch)
            {
                json.WriteStartObject();
                json.WriteString("id", delivery.EventId);
                json.WritePropertyName("event");
                // The body is ours (made by the event serialiser, or its redacted form): checking it again is only cost.
                json.WriteRawValue(delivery.Payload, skipInputValidation: true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
