namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>
/// Group commit inside one grain activation: writes requested while a write is running go out together in the next one,
/// so a busy dispatcher makes one database round trip per batch instead of per delivery. Not thread-safe: grain turns only.
/// </summary>
public sealed class BatchWriter<TItem, TResult>(Func<IReadOnlyList<TItem>, Task<TResult>> write)
{
    private List<TItem> _buffer = [];
    private TaskCompletionSource<TResult>? _next;
    private bool _running;

    public Task<TResult> WriteAsync(IEnumerable<TItem> items)
    {
        _buffer.AddRange(items);
        _next ??= new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = _next.Task;
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
                var batch = _buffer;
                var done = _next!;
                _buffer = [];
                _next = null;
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
