using LaserGrains.Grains.Webhooks.Delivery;

namespace LaserGrains.Grains.Webhooks.Storage;

/// <summary>One finished attempt to write: the delivery's new state and the attempt's facts.</summary>
public sealed record DeliveryRecord(PendingDelivery Delivery, string Status, AttemptOutcome Outcome);
