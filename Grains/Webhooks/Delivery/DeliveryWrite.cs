using LaserGrains.Grains.Webhooks.Storage;

namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>
/// One write a dispatcher queues: a new delivery to insert or a finished attempt's outcome. Both kinds share one group
/// commit, so a busy dispatcher stores new events and outcomes together in one round trip and one transaction.
/// </summary>
public readonly record struct DeliveryWrite(PendingDelivery? Insert, DeliveryRecord? Record)
{
    public static IEnumerable<DeliveryWrite> Inserts(IEnumerable<PendingDelivery> rows) => rows.Select(r => new DeliveryWrite(r, null));

    public static DeliveryWrite Outcome(DeliveryRecord record) => new(null, record);
}
