using LaserGrains.Grains.Webhooks.Delivery;

namespace LaserGrains.Grains.Webhooks.Batching;

/// <summary>Cuts the due deliveries of a batched subscription into requests: at most max_batch events and a byte budget each.</summary>
public static class BatchGrouping
{
    /// <summary>
    /// The event bodies one request carries at most, in characters: at most three UTF-8 bytes each, so a full batch stays
    /// below the receiver's default limit (1 MiB); a bigger event goes in a request of its own.
    /// </summary>
    public const int PayloadBudget = 256 * 1024;

    /// <summary>Groups in the order given; a delivery marked to go alone (its batch was refused) gets a request of its own.</summary>
    public static List<List<PendingDelivery>> Group(IReadOnlyList<PendingDelivery> due, int maxBatch, int payloadBudget = PayloadBudget)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        var groups = new List<List<PendingDelivery>>();
        List<PendingDelivery>? open = null;
        var openChars = 0;
        foreach (var delivery in due)
        {
            if (delivery.SendAlone)
            {
                groups.Add([delivery]);
                continue;
            }

            if (open is null || open.Count >= maxBatch || openChars + delivery.Payload.Length > payloadBudget)
            {
                open = [];
                openChars = 0;
                groups.Add(open);
            }

            open.Add(delivery);
            openChars += delivery.Payload.Length;
        }

        return groups;
    }
}
