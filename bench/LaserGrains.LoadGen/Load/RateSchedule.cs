namespace LaserGrains.LoadGen.Load;

/// <summary>An open-loop schedule: upload <c>i</c> is due at i / rate seconds, whatever happened to the ones before.</summary>
public sealed class RateSchedule
{
    private readonly double _perSecond;

    public RateSchedule(double perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        _perSecond = perSecond;
    }

    public TimeSpan DueAt(long index) => TimeSpan.FromTicks((long)Math.Round(index * TimeSpan.TicksPerSecond / _perSecond));

    /// <summary>How many uploads fall due in [0, <paramref name="span"/>).</summary>
    public long CountWithin(TimeSpan span)
    {
        var n = (long)Math.Ceiling(span.Ticks * _perSecond / TimeSpan.TicksPerSecond);
        while (n > 0 && DueAt(n - 1) >= span) n--;
        while (DueAt(n) < span) n++;
        return n;
    }
}
