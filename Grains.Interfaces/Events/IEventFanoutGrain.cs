namespace LaserGrains.Grains.Interfaces.Events;

/// <summary>Hands a file's events to every subscription that wants them; durable once the call returns.</summary>
[Alias("lg.event-fanout")]
public interface IEventFanoutGrain : IGrainWithIntegerKey
{
    /// <summary>Enqueues the events for delivery; idempotent per event id, so the caller may repeat a call after a failure.</summary>
    [Alias("publish")]
    Task PublishAsync(IReadOnlyList<FileEvent> events);

    /// <summary>Tells every subscription's dispatcher, enabled or not, to redact the file's deliveries it holds in memory.</summary>
    [Alias("redact-file")]
    Task RedactFileAsync(long ingestId, long beforeSequence);
}
