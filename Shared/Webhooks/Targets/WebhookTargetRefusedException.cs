namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>A webhook target that is not allowed: raised at connect time, its message is the delivery's error.</summary>
public sealed class WebhookTargetRefusedException : Exception
{
    public WebhookTargetRefusedException()
    {
    }

    public WebhookTargetRefusedException(string message) : base(message)
    {
    }

    public WebhookTargetRefusedException(string message, Exception inner) : base(message, inner)
    {
    }
}
