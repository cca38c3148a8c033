namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>
/// Group commit inside one grain activation: writes requested while a write is running go out together in the next one,
/// so a busy dispatcher makes one database round trip per batch instead of per delivery. With a <c>linger</c>, a write
/// of items nobody needs at once first waits that long for more (the grain keeps serving calls meanwhile); an item that
/// <c>isUrgent</c> picks ends the wait and goes at once. Not thread-safe: grain turns only.
/// </summary>
public sealed class BatchWriter<TItem, TResult>(
    Func<IReadOnlyList<TItem>, Task<TResult>> write, TimeSpan linger = default, Func<TItem, bool>? isUrgent = null)
{
    private List<TItem> _buffer = [];
    private TaskCompletionSource<TResult>? _next;
    private TaskCompletionSource? _urgentArrived;
    private bool _urgent;
    private bool _running;

    public Task<TResult> WriteAsync(IEnumerable<TItem> items)
    {
        foreach (var item in items)
        {
            _buffer.Add(item);
            if (isUrgent?.Invoke(item) == true) _urgent = true;
        }

        _next ??= new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = _next.Task;
        if (_urgent) _urgentArrived?.TrySetResult();
        if (!_running) _ = RunAsync();
        return task;
    }

    private async Task RunAsync()
    {
        _running = true;
        try
        {
            while (_buffer.Count > 0)
            {
                if (linger > TimeSpan.Zero && !_urgent)
                {
                    _urgentArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    await Task.WhenAny(Task.Delay(linger), _urgentArrived.Task);
                    _urgentArrived = null;
                }

                var batch = _buffer;
                var done = _next!;
                _buffer = [];
                _next = null;
                _urgent = false;
                try
                {
                    done.SetResult(await write(batch));
                }
#pragma warning disable CA1031 // Every caller of the batch sees the failure through its own task.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    done.SetException(ex);
                }
            }
        }
        finally
        {
            _running = false;
        }
    }
}
