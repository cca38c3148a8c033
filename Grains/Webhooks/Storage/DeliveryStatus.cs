namespace LaserGrains.Grains.Webhooks.Storage;

/// <summary>The states of a row in lg_webhook_deliveries.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";
    public const string Cancelled = "cancelled";
}
