namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>Which non-public hosts and ranges webhooks may reach (section "Webhooks", LG_WEBHOOK_ALLOWED_TARGETS).</summary>
public sealed class WebhookTargetOptions
{
    public const string Section = "Webhooks";

    /// <summary>Comma-separated host[:port], address[:port] or CIDR[:port] entries; empty = public addresses only.</summary>
    public string AllowedTargets { get; set; } = "";
}
