namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>Tracks since when a subscription fails without a single success, and says when it has failed long enough to disable.</summary>
public static class FailureWindow
{
    /// <summary>The new "failing since" after an attempt, and whether the subscription must now be disabled.</summary>
    public static (DateTimeOffset? FailingSince, bool Disable) After(DateTimeOffset? failingSince, bool succeeded, DateTimeOffset now, TimeSpan disableAfter)
    {
        if (succeeded) return (null, false);
        var since = failingSince ?? now;
        return (since, now - since >= disableAfter);
    }
}
