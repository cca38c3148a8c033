namespace LaserGrains.Grains;

/// <summary>Names of the grain storage providers the silo registers.</summary>
public static class StorageNames
{
    public const string Files = "files";
    public const string WebhookRegistry = "webhook-registry";
    public const string WebhookDispatchers = "webhook-dispatchers";

    /// <summary>Every provider name, so the silo registers them all the same way.</summary>
    public static IReadOnlyList<string> All { get; } = [Files, WebhookRegistry, WebhookDispatchers];
}
