namespace LaserGrains.Grains.Interfaces.Events;

/// <summary>Hands a file's events to every subscription that wants them; durable once the call returns.</summary>
[Alias("lg.event-fanout")]
public interface IEventFanoutGrain : IGrainWithIntegerKey
{
    /// <summary>Enqueues the events for delivery; idempotent per event id, so the caller may repeat a call after a failure.</summary>
    [Alias("publish")]
    Task PublishAsync(IReadOnlyList<FileEvent> events);
}
