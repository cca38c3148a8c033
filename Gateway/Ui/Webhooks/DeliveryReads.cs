using LaserGrains.Gateway.Webhooks;
using LaserGrains.Grains.Interfaces.Webhooks;

namespace LaserGrains.Gateway.Ui.Webhooks;

/// <summary>The delivery log as the pages read it: the same grain and the same JSON shapes as the deliveries API.</summary>
public static class DeliveryReads
{
    private static IWebhookDeliveryLogGrain Log(IClusterClient client) => client.GetGrain<IWebhookDeliveryLogGrain>(0);

    public static async Task<PageJson<DeliveryJson>> DeadLettersAsync(IClusterClient client, string subscriptionId, int limit)
    {
        var page = await Log(client).DeadLettersAsync(subscriptionId, null, limit);
        return new PageJson<DeliveryJson>([.. page.Items.Select(DeliveryJson.From)], page.Next is { } n ? DeliveryCursor.Encode(n) : null);
    }

    public static async Task<PageJson<AttemptJson>> AttemptsAsync(IClusterClient client, string subscriptionId, AttemptFilter filter, long? before, int limit)
    {
        var page = await Log(client).AttemptsAsync(subscriptionId, filter, before, limit);
        return new PageJson<AttemptJson>([.. page.Items.Select(AttemptJson.From)], page.NextBefore is { } n ? DeliveryCursor.Encode(n) : null);
    }

    public static async Task<FileDeliveriesJson> ForFileAsync(IClusterClient client, long ingestId) =>
        FileDeliveriesJson.From(await Log(client).ForFileAsync(ingestId));
}
